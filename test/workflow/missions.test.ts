import {
  advanceMissions,
  cancelMission,
  confirmMission,
  decideAsEmbassy,
  editMission,
  openMission,
  recordReturn,
  revokeLabel,
} from "../../src/workflow";
import {
  as,
  codeOf,
  createKit,
  type Kit,
  labelledBody,
  missionInput,
  openedMission,
  outboxKinds,
} from "../support/workflow-kit";

let kit: Kit;
beforeEach(async () => {
  kit = await createKit();
});
afterEach(() => kit.close());

describe("openMission (M1, M3–M5)", () => {
  it("opens a mission awaiting its embassy, with legs, missionaries and costs, and asks the embassy", async () => {
    const { labelId, organisationId } = await labelledBody(kit);
    const { changed, value } = await openMission(kit.ctx, kit.daect, missionInput(labelId));
    expect(changed).toBe(true);
    expect(value.reference).toBe("M-2026-0001");
    const mission = await kit.db.mission.findUniqueOrThrow({
      where: { id: value.missionId },
      include: { legs: true, missionaries: true },
    });
    expect(mission).toMatchObject({
      status: "awaiting_embassy",
      organisationId,
      transportCostCents: 185000,
      startDate: "2026-04-06",
      endDate: "2026-04-10",
    });
    expect(mission.legs).toHaveLength(1);
    expect(mission.missionaries).toHaveLength(2);
    expect(await outboxKinds(kit.db)).toEqual(
      expect.arrayContaining(["embassy_validation_requested@embassy:SN", "mission_updated@daect"]),
    );
  });

  it.each([
    [
      "three travellers",
      { missionaries: [{ email: "a@x.fr" }, { email: "b@x.fr" }, { email: "c@x.fr" }] },
      "travellers_out_of_range",
    ],
    [
      "three people on a leg",
      { legs: [{ kind: "outbound" as const, startDate: "2026-04-06", endDate: "2026-04-08", peopleCount: 3 }] },
      "travellers_out_of_range",
    ],
    [
      "an 8-day leg",
      { legs: [{ kind: "outbound" as const, startDate: "2026-04-06", endDate: "2026-04-13", peopleCount: 1 }] },
      "leg_too_long",
    ],
    [
      "a date in the past",
      { legs: [{ kind: "outbound" as const, startDate: "2026-03-01", endDate: "2026-03-03", peopleCount: 1 }] },
      "date_in_past",
    ],
    ["a country without an embassy", { countryCode: "BR" }, "not_found"],
    ["no missionary", { missionaries: [] }, "travellers_out_of_range"],
  ])("refuses %s and writes nothing", async (_label, overrides, code) => {
    const { labelId } = await labelledBody(kit);
    const before = await kit.db.auditEvent.count();
    expect(await codeOf(openMission(kit.ctx, kit.daect, missionInput(labelId, overrides)))).toBe(code);
    expect(await kit.db.mission.count()).toBe(0);
    expect(await kit.db.auditEvent.count()).toBe(before);
  });

  it("accepts a course with hosting after the mission abroad, each leg a week at most", async () => {
    const { labelId } = await labelledBody(kit);
    const legs = [
      { kind: "outbound" as const, startDate: "2026-04-06", endDate: "2026-04-12", peopleCount: 2 },
      { kind: "hosting" as const, startDate: "2026-05-04", endDate: "2026-05-08", peopleCount: 2 },
    ];
    const { value } = await openMission(kit.ctx, kit.daect, missionInput(labelId, { legs }));
    expect((await kit.db.mission.findUniqueOrThrow({ where: { id: value.missionId } })).endDate).toBe("2026-05-08");
  });

  it("refuses an expired or revoked label, and non-DAECT callers", async () => {
    const { labelId, focal } = await labelledBody(kit);
    expect(await codeOf(openMission(kit.ctx, focal, missionInput(labelId)))).toBe("forbidden");
    await revokeLabel(kit.ctx, kit.daect, { labelId, reason: "test" });
    expect(await codeOf(openMission(kit.ctx, kit.daect, missionInput(labelId)))).toBe("label_revoked");
  });

  it("is a no-op when the same form is submitted twice", async () => {
    const { labelId } = await labelledBody(kit);
    const first = await openMission(kit.ctx, kit.daect, missionInput(labelId));
    const again = await openMission(kit.ctx, kit.daect, missionInput(labelId));
    expect(again).toEqual({ changed: false, value: first.value });
  });
});

describe("embassy decision", () => {
  it("validates for the embassy of the mission's country only", async () => {
    const { labelId, focal } = await labelledBody(kit);
    const missionId = await openedMission(kit, labelId);
    expect(await codeOf(decideAsEmbassy(kit.ctx, kit.embassyMA, { missionId, decision: "validate" }))).toBe(
      "forbidden",
    );
    expect(await codeOf(decideAsEmbassy(kit.ctx, kit.daect, { missionId, decision: "validate" }))).toBe("forbidden");
    await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate" });
    const mission = await kit.db.mission.findUniqueOrThrow({ where: { id: missionId } });
    expect(mission.status).toBe("validated");
    expect(await outboxKinds(kit.db)).toEqual(
      expect.arrayContaining(["embassy_decided@daect", `embassy_decided@${focal.personId}`]),
    );
  });

  it("requires a comment to refuse", async () => {
    const { labelId } = await labelledBody(kit);
    const missionId = await openedMission(kit, labelId);
    expect(await codeOf(decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "refuse" }))).toBe(
      "comment_required",
    );
    await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "refuse", comment: "Période électorale" });
    expect((await kit.db.mission.findUniqueOrThrow({ where: { id: missionId } })).status).toBe("refused");
  });

  it("two validators at once: one decision, the other told who decided", async () => {
    const { labelId } = await labelledBody(kit);
    const missionId = await openedMission(kit, labelId);
    const second = as(
      (await kit.db.person.findUniqueOrThrow({ where: { email: "second@sn.ambafrance.org" } })).id,
      "teams",
    );
    const results = await Promise.allSettled([
      decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate" }),
      decideAsEmbassy(kit.ctx, second, { missionId, decision: "refuse", comment: "Non" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ code: "already_decided" });
    expect(await kit.db.embassyDecision.count()).toBe(1);
    // The winner clicking again is a harmless no-op.
    const winner = results[0]?.status === "fulfilled" ? kit.embassySN : second;
    const decision = results[0]?.status === "fulfilled" ? "validate" : "refuse";
    const repeat = await decideAsEmbassy(kit.ctx, winner, { missionId, decision, comment: "Non" });
    expect(repeat.changed).toBe(false);
  });

  it("refuses a decision taken on terms that have changed since the embassy read them", async () => {
    const { labelId } = await labelledBody(kit);
    const missionId = await openedMission(kit, labelId);
    await editMission(kit.ctx, kit.daect, {
      ...missionInput(labelId, { expectedResult: "Autre résultat" }),
      missionId,
    });
    expect(await codeOf(decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate", round: 0 }))).toBe(
      "mission_changed",
    );
    await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate", round: 1 });
    expect((await kit.db.mission.findUniqueOrThrow({ where: { id: missionId } })).status).toBe("validated");
  });

  it("an edit from a form older than the mission changes nothing", async () => {
    const { labelId } = await labelledBody(kit);
    const missionId = await openedMission(kit, labelId);
    const edit = { ...missionInput(labelId, { expectedResult: "Nouveau" }), missionId, expectedVersion: 0 };
    expect((await editMission(kit.ctx, kit.daect, edit)).changed).toBe(true);
    expect((await editMission(kit.ctx, kit.daect, edit)).changed).toBe(false);
    expect(await kit.db.outbox.count({ where: { kind: "embassy_validation_requested", missionId } })).toBe(2);
  });

  it("an edit sends the mission back to the embassy for a new round", async () => {
    const { labelId } = await labelledBody(kit);
    const missionId = await openedMission(kit, labelId);
    await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate" });
    await editMission(kit.ctx, kit.daect, {
      ...missionInput(labelId, { expectedResult: "Nouveau résultat" }),
      missionId,
    });
    expect((await kit.db.mission.findUniqueOrThrow({ where: { id: missionId } })).status).toBe("awaiting_embassy");
    await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate" });
    expect(await kit.db.embassyDecision.count({ where: { missionId } })).toBe(2);
  });
});

describe("confirmation, departure, return (R1)", () => {
  it("runs from confirmation to the report window, with the deadline two months after the last leg", async () => {
    const { labelId, focal } = await labelledBody(kit);
    const missionId = await openedMission(kit, labelId);
    expect(await codeOf(confirmMission(kit.ctx, focal, { missionId }))).toBe("wrong_state");
    await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate" });
    await confirmMission(kit.ctx, focal, { missionId });
    expect((await confirmMission(kit.ctx, focal, { missionId })).changed).toBe(false);

    kit.clock.set("2026-04-06T06:00:00Z");
    expect((await advanceMissions(kit.ctx)).departed).toEqual([missionId]);
    expect((await advanceMissions(kit.ctx)).departed).toEqual([]);
    kit.clock.set("2026-04-10T20:00:00Z");
    expect((await advanceMissions(kit.ctx)).returned).toEqual([]);
    kit.clock.set("2026-04-11T06:00:00Z");
    expect((await advanceMissions(kit.ctx)).returned).toEqual([missionId]);
    const mission = await kit.db.mission.findUniqueOrThrow({ where: { id: missionId } });
    expect(mission).toMatchObject({ status: "report_due", returnedOn: "2026-04-10", reportDeadline: "2026-06-10" });
    expect(await kit.db.outbox.count({ where: { kind: "report_requested", missionId } })).toBe(2);
  });

  it("records an early return by hand, which moves the deadline earlier", async () => {
    const { labelId, focal } = await labelledBody(kit);
    const missionId = await openedMission(kit, labelId);
    await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate" });
    await confirmMission(kit.ctx, focal, { missionId });
    kit.clock.set("2026-04-09T10:00:00Z");
    await advanceMissions(kit.ctx);
    const result = await recordReturn(kit.ctx, focal, { missionId, returnedOn: "2026-04-08" });
    expect(result.value.reportDeadline).toBe("2026-06-08");
    expect((await recordReturn(kit.ctx, focal, { missionId })).changed).toBe(false);
  });

  it("cancels before departure only", async () => {
    const { labelId, focal } = await labelledBody(kit);
    const missionId = await openedMission(kit, labelId);
    expect(await codeOf(cancelMission(kit.ctx, focal, { missionId, reason: "x" }))).toBe("forbidden");
    await cancelMission(kit.ctx, kit.daect, { missionId, reason: "Report du partenaire" });
    expect((await cancelMission(kit.ctx, kit.daect, { missionId, reason: "x" })).changed).toBe(false);
    expect(await codeOf(decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate" }))).toBe(
      "wrong_state",
    );
  });
});
