import {
  advanceMissions,
  closeMission,
  decideExtension,
  missionTimeline,
  requestExtension,
  requestReimbursement,
  reviewReport,
  settleReimbursement,
  submitReport,
} from "../../src/workflow";
import { codeOf, createKit, type Kit, returnedMission as returnedWithMissionary } from "../support/workflow-kit";

let kit: Kit;
beforeEach(async () => {
  kit = await createKit();
});
afterEach(() => kit.close());

const report = (missionId: string, objectAccount = "Diagnostic de la collecte, atelier avec les élus") => ({
  missionId,
  objectAccount,
  complementaryAction: true,
  complementaryDetail: "Accueil de deux techniciens à Lyon",
  longTermCooperation: true,
});

const returnedMission = () => returnedWithMissionary(kit);

const statusOf = async (missionId: string) =>
  (await kit.db.mission.findUniqueOrThrow({ where: { id: missionId } })).status;

describe("report (R1, R3)", () => {
  it("is written by a missionary and validated by the body's focal point, then DAECT closes the file", async () => {
    const { missionId, missionary, focal } = await returnedMission();
    expect(await codeOf(reviewReport(kit.ctx, focal, { missionId, decision: "validate" }))).toBe("not_found");
    await submitReport(kit.ctx, missionary, report(missionId));
    expect(await statusOf(missionId)).toBe("report_submitted");
    expect((await submitReport(kit.ctx, missionary, report(missionId))).changed).toBe(false);
    expect(await codeOf(reviewReport(kit.ctx, missionary, { missionId, decision: "validate" }))).toBe("forbidden");
    await reviewReport(kit.ctx, focal, { missionId, decision: "validate" });
    expect(await statusOf(missionId)).toBe("report_validated");
    expect(await kit.db.outbox.count({ where: { kind: "report_validated", missionId } })).toBe(3);
    await closeMission(kit.ctx, kit.daect, { missionId });
    expect(await statusOf(missionId)).toBe("closed");
  });

  it("refuses a report from someone who did not go", async () => {
    const { missionId } = await returnedMission();
    expect(await codeOf(submitReport(kit.ctx, kit.daect, report(missionId)))).toBe("forbidden");
    expect(await kit.db.report.count()).toBe(0);
  });

  it("a returned report needs a comment, goes back to the missionaries, and can be sent again", async () => {
    const { missionId, missionary, focal } = await returnedMission();
    await submitReport(kit.ctx, missionary, report(missionId));
    expect(await codeOf(reviewReport(kit.ctx, focal, { missionId, decision: "return" }))).toBe("comment_required");
    await reviewReport(kit.ctx, focal, { missionId, decision: "return", comment: "Préciser les suites" });
    expect(await statusOf(missionId)).toBe("report_due");
    await submitReport(kit.ctx, missionary, report(missionId, "Version complétée"));
    const saved = await kit.db.report.findUniqueOrThrow({ where: { missionId } });
    expect(saved).toMatchObject({ status: "submitted", objectAccount: "Version complétée", version: 2 });
  });

  it("two focal-point decisions at once: one wins", async () => {
    const { missionId, missionary, focal } = await returnedMission();
    await submitReport(kit.ctx, missionary, report(missionId));
    const results = await Promise.allSettled([
      reviewReport(kit.ctx, focal, { missionId, decision: "validate" }),
      reviewReport(kit.ctx, focal, { missionId, decision: "return", comment: "Non" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});

describe("overdue, reimbursement (R2) and extensions", () => {
  it("becomes overdue the day after the deadline, then DAECT asks for the transport costs back", async () => {
    const { missionId, focal } = await returnedMission();
    kit.clock.set("2026-06-10T21:00:00Z");
    expect((await advanceMissions(kit.ctx)).overdue).toEqual([]);
    kit.clock.set("2026-06-10T22:30:00Z");
    expect((await advanceMissions(kit.ctx)).overdue).toEqual([missionId]);
    expect(await codeOf(requestReimbursement(kit.ctx, focal, { missionId }))).toBe("forbidden");
    const request = await requestReimbursement(kit.ctx, kit.daect, { missionId });
    expect(request.value.amountCents).toBe(185000);
    expect((await requestReimbursement(kit.ctx, kit.daect, { missionId })).changed).toBe(false);
    await settleReimbursement(kit.ctx, kit.daect, { missionId, outcome: "paid" });
    expect(await statusOf(missionId)).toBe("reimbursed");
    expect(await codeOf(settleReimbursement(kit.ctx, kit.daect, { missionId, outcome: "waived" }))).toBe(
      "already_decided",
    );
  });

  it("takes a late report after the request and lets DAECT waive", async () => {
    const { missionId, missionary, focal } = await returnedMission();
    kit.clock.set("2026-07-20T08:00:00Z");
    await advanceMissions(kit.ctx);
    await requestReimbursement(kit.ctx, kit.daect, { missionId });
    const late = await submitReport(kit.ctx, missionary, report(missionId));
    expect(late.value.late).toBe(true);
    expect(await statusOf(missionId)).toBe("reimbursement_requested");
    expect(await kit.db.outbox.count({ where: { kind: "late_report", channel: "daect" } })).toBe(1);
    await reviewReport(kit.ctx, focal, { missionId, decision: "validate" });
    await settleReimbursement(kit.ctx, kit.daect, { missionId, outcome: "waived", note: "Rapport reçu" });
    expect(await statusOf(missionId)).toBe("waived");
  });

  it("grants an extension that moves the deadline and reopens an overdue report", async () => {
    const { missionId, missionary } = await returnedMission();
    kit.clock.set("2026-06-12T08:00:00Z");
    await advanceMissions(kit.ctx);
    expect(await statusOf(missionId)).toBe("report_overdue");
    const { value } = await requestExtension(kit.ctx, missionary, { missionId, reason: "Traduction des annexes" });
    expect((await requestExtension(kit.ctx, missionary, { missionId, reason: "encore" })).changed).toBe(false);
    expect(
      await codeOf(decideExtension(kit.ctx, missionary, { extensionId: value.extensionId, decision: "grant" })),
    ).toBe("forbidden");
    expect(
      await codeOf(
        decideExtension(kit.ctx, kit.daect, {
          extensionId: value.extensionId,
          decision: "grant",
          newDeadline: "2026-06-01",
        }),
      ),
    ).toBe("date_order");
    await decideExtension(kit.ctx, kit.daect, {
      extensionId: value.extensionId,
      decision: "grant",
      newDeadline: "2026-07-10",
    });
    const mission = await kit.db.mission.findUniqueOrThrow({ where: { id: missionId } });
    expect(mission).toMatchObject({ status: "report_due", reportDeadline: "2026-07-10" });
    expect(await kit.db.outbox.count({ where: { kind: "extension_decided", recipientId: missionary.personId } })).toBe(
      1,
    );
  });

  it("keeps a readable timeline of everything that happened", async () => {
    const { missionId, missionary, focal } = await returnedMission();
    await submitReport(kit.ctx, missionary, report(missionId));
    await reviewReport(kit.ctx, focal, { missionId, decision: "validate" });
    const timeline = await missionTimeline(kit.ctx, kit.daect, { missionId });
    expect(timeline.entries.map((e) => e.action)).toEqual([
      "open",
      "embassy_validate",
      "confirm",
      "depart",
      "record_return",
      "submit",
      "submit_report",
      "validate",
      "validate_report",
    ]);
    expect(timeline.entries[1]).toMatchObject({ actor: "Awa Ndiaye", platform: "teams", toState: "validated" });
    expect(await codeOf(missionTimeline(kit.ctx, kit.embassyMA, { missionId }))).toBe("forbidden");
  });
});
