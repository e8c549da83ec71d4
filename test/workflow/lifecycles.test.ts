import { LABEL_TRANSITIONS } from "../../src/domain/label";
import {
  advanceMissions,
  decideExtension,
  expireLabels,
  grantRole,
  missionTimeline,
  requestExtension,
  requestReimbursement,
  revokeLabel,
} from "../../src/workflow";
import { loadMission, transitionMission, updateMissionFacts } from "../../src/workflow/missions/mission-store";
import { transition } from "../../src/workflow/transition";
import { codeOf, createKit, createPerson, type Kit, labelledBody, returnedMission } from "../support/workflow-kit";

let kit: Kit;
beforeEach(async () => {
  kit = await createKit();
});
afterEach(() => kit.close());

const auditCount = (entityId: string) => kit.db.auditEvent.count({ where: { entityId } });

describe("labels follow their table", () => {
  it("refuses to revoke an expired label, and leaves it as it was", async () => {
    const { labelId, focal } = await labelledBody(kit);
    kit.clock.set("2029-03-02T09:00:00Z");
    expect((await expireLabels(kit.ctx)).expired).toEqual([labelId]);
    const audits = await auditCount(labelId);
    expect(await codeOf(revokeLabel(kit.ctx, kit.daect, { labelId, reason: "Fausse déclaration" }))).toBe(
      "wrong_state",
    );
    expect(await kit.db.label.findUniqueOrThrow({ where: { id: labelId } })).toMatchObject({
      status: "expired",
      revokedAt: null,
      revokedReason: null,
    });
    expect(await auditCount(labelId)).toBe(audits);
    expect(await kit.db.outbox.count({ where: { kind: "label_revoked", recipientId: focal.personId } })).toBe(0);
  });

  it("does not expire a revoked label", async () => {
    const { labelId } = await labelledBody(kit);
    await revokeLabel(kit.ctx, kit.daect, { labelId, reason: "Fausse déclaration" });
    kit.clock.set("2029-03-02T09:00:00Z");
    expect((await expireLabels(kit.ctx)).expired).toEqual([]);
    expect((await kit.db.label.findUniqueOrThrow({ where: { id: labelId } })).status).toBe("revoked");
  });
});

describe("extension decisions", () => {
  async function pendingExtension() {
    const mission = await returnedMission(kit);
    kit.clock.set("2026-06-12T08:00:00Z");
    await advanceMissions(kit.ctx);
    const { value } = await requestExtension(kit.ctx, mission.missionary, {
      missionId: mission.missionId,
      reason: "Traduction des annexes",
    });
    return { ...mission, extensionId: value.extensionId };
  }

  it("two DAECT decisions at once: one wins, the other is told who decided, and the mission follows the winner", async () => {
    const { missionId, extensionId } = await pendingExtension();
    const other = await createPerson(kit, "adjoint@diplomatie.gouv.fr", "Luc Adjoint");
    await grantRole(kit.ctx, kit.daect, { email: "adjoint@diplomatie.gouv.fr", role: "daect" });
    const results = await Promise.allSettled([
      decideExtension(kit.ctx, kit.daect, { extensionId, decision: "grant", newDeadline: "2026-07-10" }),
      decideExtension(kit.ctx, other, { extensionId, decision: "refuse", comment: "Délai suffisant" }),
    ]);
    const won = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(won).toHaveLength(1);
    expect(won[0]?.changed).toBe(true);
    expect(lost.map((e) => e.code)).toEqual(["already_decided"]);
    const extension = await kit.db.extensionRequest.findUniqueOrThrow({ where: { id: extensionId } });
    const mission = await kit.db.mission.findUniqueOrThrow({ where: { id: missionId } });
    expect(extension.status).toBe(won[0]?.value.status);
    expect(lost[0].params.decision).toBe(extension.status);
    expect(mission).toMatchObject(
      extension.status === "granted"
        ? { status: "report_due", reportDeadline: "2026-07-10" }
        : { status: "report_overdue", reportDeadline: "2026-06-10" },
    );
    expect(await kit.db.auditEvent.count({ where: { entityType: "extension", entityId: extensionId } })).toBe(1);
  });

  it("moves the deadline of a mission awaiting reimbursement without changing its state", async () => {
    const { missionId, extensionId } = await pendingExtension();
    await requestReimbursement(kit.ctx, kit.daect, { missionId });
    const before = await kit.db.mission.findUniqueOrThrow({ where: { id: missionId } });
    await decideExtension(kit.ctx, kit.daect, { extensionId, decision: "grant", newDeadline: "2026-07-10" });
    expect(await kit.db.mission.findUniqueOrThrow({ where: { id: missionId } })).toMatchObject({
      status: "reimbursement_requested",
      reportDeadline: "2026-07-10",
      version: before.version + 1,
    });
  });

  it("shows the decision in the mission's timeline", async () => {
    const { missionId, extensionId } = await pendingExtension();
    await decideExtension(kit.ctx, kit.daect, { extensionId, decision: "grant", newDeadline: "2026-07-10" });
    const { entries } = await missionTimeline(kit.ctx, kit.daect, { missionId });
    expect(entries.slice(-3).map((e) => `${e.entityType}:${e.action}`)).toEqual([
      "mission:request_extension",
      "extension:grant",
      "mission:extend_deadline",
    ]);
  });
});

describe("a conditional update that loses a race", () => {
  it("writes nothing: the stale label is not expired over a revocation", async () => {
    const { labelId } = await labelledBody(kit);
    const stale = await kit.db.label.findUniqueOrThrow({ where: { id: labelId } });
    await revokeLabel(kit.ctx, kit.daect, { labelId, reason: "Fausse déclaration" });
    const audits = await auditCount(labelId);
    const lost = kit.db.$transaction((tx) =>
      transition(tx, kit.daect, kit.clock.now(), {
        entity: "label",
        table: LABEL_TRANSITIONS,
        verb: "expire",
        row: stale,
        write: (where, to) => tx.label.updateMany({ where, data: { status: to } }),
      }),
    );
    expect(await codeOf(lost)).toBe("conflict");
    expect((await kit.db.label.findUniqueOrThrow({ where: { id: labelId } })).status).toBe("revoked");
    expect(await auditCount(labelId)).toBe(audits);
  });

  it("rolls back the whole verb: a mission that moved on meanwhile keeps its state, the extension stays pending", async () => {
    const { missionId, missionary } = await returnedMission(kit);
    const { value } = await requestExtension(kit.ctx, missionary, { missionId, reason: "Traduction" });
    const stale = await kit.db.$transaction((tx) => loadMission(tx, missionId));
    kit.clock.set("2026-06-12T08:00:00Z");
    await advanceMissions(kit.ctx);
    const before = await kit.db.mission.findUniqueOrThrow({ where: { id: missionId } });
    expect(before).toMatchObject({ status: "report_overdue", version: stale.version + 1 });
    const lost = kit.db.$transaction(async (tx) => {
      await tx.extensionRequest.update({ where: { id: value.extensionId }, data: { status: "granted" } });
      await transitionMission(tx, kit.daect, kit.clock.now(), stale, "extend_deadline", {
        data: { reportDeadline: "2026-07-10" },
      });
    });
    expect(await codeOf(lost)).toBe("conflict");
    expect(
      await codeOf(kit.db.$transaction((tx) => updateMissionFacts(tx, stale, { reportDeadline: "2026-07-10" }))),
    ).toBe("conflict");
    expect(await kit.db.mission.findUniqueOrThrow({ where: { id: missionId } })).toEqual(before);
    expect((await kit.db.extensionRequest.findUniqueOrThrow({ where: { id: value.extensionId } })).status).toBe(
      "pending",
    );
  });
});
