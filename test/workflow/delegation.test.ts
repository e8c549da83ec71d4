import {
  advanceMissions,
  confirmMission,
  decideAsEmbassy,
  delegate,
  endDelegation,
  erasePerson,
  reassignFile,
  reviewReport,
  revokeRole,
  submitReport,
  sweepReminders,
} from "../../src/workflow";
import {
  codeOf,
  createKit,
  createPerson,
  type Kit,
  labelledBody,
  missionaryActor,
  openedMission,
} from "../support/workflow-kit";

let kit: Kit;
beforeEach(async () => {
  kit = await createKit();
});
afterEach(() => kit.close());

const AUGUST = { from: "2026-03-02", to: "2026-03-20" };

async function auditOf(entityId: string, action: string) {
  const row = await kit.db.auditEvent.findFirstOrThrow({ where: { entityId, action } });
  return { actorId: row.actorId, data: JSON.parse(row.data ?? "{}") as Record<string, unknown> };
}

describe("dated delegation (issue 13 §2)", () => {
  it("lets a colleague of the body confirm a mission on the absent focal point's behalf, recorded as such", async () => {
    const body = await labelledBody(kit);
    const missionId = await openedMission(kit, body.labelId);
    await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate" });
    // Marie belongs to Lyon (a missionary of its mission) without being its focal point.
    const marie = await missionaryActor(kit);
    expect(await codeOf(confirmMission(kit.ctx, marie, { missionId }))).toBe("forbidden");
    const { changed } = await delegate(kit.ctx, body.focal, { delegateEmail: "marie.durand@lyon.fr", ...AUGUST });
    expect(changed).toBe(true);
    const told = await kit.db.outbox.findFirstOrThrow({ where: { kind: "delegation_named" } });
    expect(told.recipientId).toBe(marie.personId);
    expect(JSON.parse(told.payload)).toEqual({ by: "Référent Ville de Lyon", ...AUGUST });
    expect((await delegate(kit.ctx, body.focal, { delegateEmail: "marie.durand@lyon.fr", ...AUGUST })).changed).toBe(
      false,
    );
    await confirmMission(kit.ctx, marie, { missionId });
    expect(await auditOf(missionId, "confirm")).toEqual({
      actorId: marie.personId,
      data: { onBehalfOfId: body.focal.personId },
    });
  });

  it("lets a stand-in DAECT named validate for the absent embassy validator, and their own roles come first", async () => {
    const body = await labelledBody(kit);
    const missionId = await openedMission(kit, body.labelId);
    const intern = await createPerson(kit, "stagiaire@sn.ambafrance.org", "Fatou Diop");
    // Not an embassy colleague by their roles: the validator may not name them, DAECT may.
    expect(
      await codeOf(delegate(kit.ctx, kit.embassySN, { delegateEmail: "stagiaire@sn.ambafrance.org", ...AUGUST })),
    ).toBe("delegation_outside_scope");
    await delegate(kit.ctx, kit.daect, {
      delegatorEmail: "consul@sn.ambafrance.org",
      delegateEmail: "stagiaire@sn.ambafrance.org",
      ...AUGUST,
    });
    await decideAsEmbassy(kit.ctx, intern, { missionId, decision: "validate" });
    expect(await auditOf(missionId, "embassy_validate")).toMatchObject({
      actorId: intern.personId,
      data: { onBehalfOfId: kit.embassySN.personId },
    });
    // Paul holds the embassy's role himself: named too, he still decides in his own name.
    await delegate(kit.ctx, kit.embassySN, { delegateEmail: "second@sn.ambafrance.org", ...AUGUST });
    const other = await openedMission(kit, body.labelId, { foreignPartner: "Ville de Thiès" });
    const paul = await missionaryActor(kit, "second@sn.ambafrance.org");
    await decideAsEmbassy(kit.ctx, paul, { missionId: other, decision: "validate" });
    expect((await auditOf(other, "embassy_validate")).data).not.toHaveProperty("onBehalfOfId");
  });

  it("refuses a stand-in once the delegation has ended, at its last date or ended early", async () => {
    const body = await labelledBody(kit);
    const missionId = await openedMission(kit, body.labelId);
    await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate" });
    const marie = await missionaryActor(kit);
    await delegate(kit.ctx, body.focal, {
      delegateEmail: "marie.durand@lyon.fr",
      from: "2026-03-02",
      to: "2026-03-03",
    });
    // 00:01 on the 4th in Paris (UTC+1 in March): the 3rd was its last day.
    kit.clock.set("2026-03-03T23:01:00Z");
    expect(await codeOf(confirmMission(kit.ctx, marie, { missionId }))).toBe("forbidden");
    await delegate(kit.ctx, body.focal, {
      delegateEmail: "marie.durand@lyon.fr",
      from: "2026-03-04",
      to: "2026-03-10",
    });
    expect((await endDelegation(kit.ctx, body.focal)).value.ended).toBe(1);
    expect(await codeOf(confirmMission(kit.ctx, marie, { missionId }))).toBe("forbidden");
    expect((await endDelegation(kit.ctx, body.focal)).changed).toBe(false);
    const ended = await kit.db.delegation.findMany({ orderBy: { fromDate: "asc" } });
    expect(ended.map((d) => [d.toDate, d.revokedById])).toEqual([
      ["2026-03-03", null],
      ["2026-03-10", body.focal.personId],
    ]);
  });

  it("lets a stand-in act and hear for nobody once the delegator no longer holds the role", async () => {
    const body = await labelledBody(kit);
    const missionId = await openedMission(kit, body.labelId);
    const marie = await missionaryActor(kit);
    await delegate(kit.ctx, body.focal, { delegateEmail: "marie.durand@lyon.fr", ...AUGUST });
    await revokeRole(kit.ctx, kit.daect, {
      email: "referent@lyon.fr",
      role: "focal_point",
      scope: body.organisationId,
    });
    await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate" });
    expect(await codeOf(confirmMission(kit.ctx, marie, { missionId }))).toBe("forbidden");
    const toMarie = await kit.db.outbox.count({ where: { kind: "embassy_decided", recipientId: marie.personId } });
    expect(toMarie).toBe(0);
  });

  it("refuses a delegate of another country, and a stand-in acting for another country than the delegated one", async () => {
    const body = await labelledBody(kit);
    expect(
      await codeOf(delegate(kit.ctx, kit.embassySN, { delegateEmail: "consul@ma.ambafrance.org", ...AUGUST })),
    ).toBe("delegation_outside_scope");
    const intern = await createPerson(kit, "stagiaire@sn.ambafrance.org", "Fatou Diop");
    await delegate(kit.ctx, kit.daect, {
      delegatorEmail: "consul@sn.ambafrance.org",
      delegateEmail: "stagiaire@sn.ambafrance.org",
      ...AUGUST,
    });
    const toMorocco = await openedMission(kit, body.labelId, { countryCode: "MA" });
    expect(await codeOf(decideAsEmbassy(kit.ctx, intern, { missionId: toMorocco, decision: "validate" }))).toBe(
      "forbidden",
    );
  });

  it("refuses a range backwards, in the past or too long, naming oneself, and a person with nothing to delegate", async () => {
    const body = await labelledBody(kit);
    const marie = "marie.durand@lyon.fr";
    await openedMission(kit, body.labelId);
    const call = (actor: typeof body.focal, from: string, to: string, delegateEmail = marie) =>
      codeOf(delegate(kit.ctx, actor, { delegateEmail, from, to }));
    expect(await call(body.focal, "2026-03-10", "2026-03-05")).toBe("date_order");
    expect(await call(body.focal, "2026-03-01", "2026-03-05")).toBe("date_in_past");
    expect(await call(body.focal, "2026-03-02", "2026-06-30")).toBe("delegation_too_long");
    expect(await call(body.focal, "2026-03-02", "2026-03-05", "referent@lyon.fr")).toBe("delegation_self");
    expect(await call(await missionaryActor(kit), "2026-03-02", "2026-03-05", "referent@lyon.fr")).toBe(
      "delegation_no_capacity",
    );
    expect(await kit.db.delegation.count()).toBe(0);
  });

  it("sends the focal point's reminders and notifications to the stand-in too, while the delegation runs", async () => {
    const body = await labelledBody(kit);
    const missionId = await openedMission(kit, body.labelId);
    await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate" });
    await confirmMission(kit.ctx, body.focal, { missionId });
    kit.clock.set("2026-04-06T08:00:00Z");
    await advanceMissions(kit.ctx);
    kit.clock.set("2026-04-11T08:00:00Z");
    await advanceMissions(kit.ctx);
    kit.clock.set("2026-05-04T09:00:00Z");
    const colleague = await createPerson(kit, "adjoint@lyon.fr", "Léa Adjointe");
    await kit.db.person.update({
      where: { id: colleague.personId ?? "" },
      data: { organisationId: body.organisationId },
    });
    await delegate(kit.ctx, body.focal, { delegateEmail: "adjoint@lyon.fr", from: "2026-05-04", to: "2026-05-15" });
    await kit.db.outbox.deleteMany({});
    const marie = await missionaryActor(kit);
    await submitReport(kit.ctx, marie, {
      missionId,
      objectAccount: "Diagnostic de la collecte",
      complementaryAction: false,
      longTermCooperation: true,
    });
    const to = async (kind: string) =>
      (await kit.db.outbox.findMany({ where: { kind }, orderBy: { recipientId: "asc" } })).map((r) => r.recipientId);
    expect(await to("report_submitted")).toEqual(expect.arrayContaining([body.focal.personId, colleague.personId]));
    kit.clock.set("2026-05-11T09:00:00Z");
    expect((await sweepReminders(kit.ctx)).queued).toEqual({ validation_wait_7d: 2 });
    expect(await to("report_validation_reminder")).toEqual(
      expect.arrayContaining([body.focal.personId, colleague.personId]),
    );
    // Over on the 15th: the next reminder goes to the focal point alone.
    kit.clock.set("2026-05-18T09:00:00Z");
    expect((await sweepReminders(kit.ctx)).queued).toEqual({ validation_wait_14d: 1 });
    await reviewReport(kit.ctx, body.focal, { missionId, decision: "validate" });
  });

  it("lets DAECT hand an application over to another person of the same body, and no one else", async () => {
    const body = await labelledBody(kit);
    await createPerson(kit, "ailleurs@nantes.fr", "Nina Nantes");
    await openedMission(kit, body.labelId);
    const app = { applicationId: body.applicationId };
    expect(await codeOf(reassignFile(kit.ctx, kit.daect, { ...app, toEmail: "ailleurs@nantes.fr" }))).toBe(
      "reassign_outside_body",
    );
    expect(await codeOf(reassignFile(kit.ctx, body.focal, { ...app, toEmail: "marie.durand@lyon.fr" }))).toBe(
      "forbidden",
    );
    const moved = await reassignFile(kit.ctx, kit.daect, { ...app, toEmail: "marie.durand@lyon.fr" });
    expect(moved.changed).toBe(true);
    const row = await kit.db.application.findUniqueOrThrow({ where: { id: body.applicationId } });
    expect(row.submittedById).toBe((await missionaryActor(kit)).personId);
  });

  it("ends the delegations of a person erased under the RGPD, kept as a record", async () => {
    const body = await labelledBody(kit);
    const missionId = await openedMission(kit, body.labelId);
    await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate" });
    const marie = await missionaryActor(kit);
    await delegate(kit.ctx, body.focal, { delegateEmail: "marie.durand@lyon.fr", ...AUGUST });
    await erasePerson(kit.ctx, kit.daect, { person: "marie.durand@lyon.fr" }, []);
    const row = await kit.db.delegation.findFirstOrThrow({ where: { delegateId: marie.personId ?? "" } });
    expect(row.revokedAt).not.toBeNull();
    expect(await codeOf(confirmMission(kit.ctx, marie, { missionId }))).toBe("forbidden");
  });
});
