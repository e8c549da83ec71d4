import {
  applicationView,
  confirmMission,
  decideApplication,
  decideAsEmbassy,
  grantRole,
  labelsOfBodies,
  ownPendingApplications,
  reviewReport,
  submitApplication,
  submitReport,
  withdrawApplication,
} from "../../src/workflow";
import { missionDetailsFor } from "../../src/workflow/queries/mission-details";
import { missionsFor } from "../../src/workflow/queries/missions-for";
import {
  applicationInput,
  codeOf,
  createKit,
  createPerson,
  importedBody,
  type Kit,
  labelledBody,
  openedMission,
  returnedMissionOf,
} from "../support/workflow-kit";

let kit: Kit;
beforeEach(async () => {
  kit = await createKit();
});
afterEach(() => kit.close());

const nantes = applicationInput({ organisationName: "Ville de Nantes", competences: "Tri sélectif" });

/** Nantes, imported from the PACT history with no focal point, sent on a mission whose report waits for validation. */
async function importedBodyWithReport() {
  const body = await importedBody(kit);
  const { missionId, missionary } = await returnedMissionOf(kit, body.labelId, kit.daect);
  await submitReport(kit.ctx, missionary, {
    missionId,
    objectAccount: "Diagnostic de la collecte.",
    complementaryAction: false,
    longTermCooperation: true,
  });
  return { ...body, missionId };
}

describe("nobody takes over a body by applying in its name", () => {
  it("a stranger applying for an imported body gets a pending application and no role over it", async () => {
    const { organisationId, missionId } = await importedBodyWithReport();
    const stranger = await createPerson(kit, "x@intrus.fr", "Ivan Intrus");
    const { value } = await submitApplication(kit.ctx, stranger, nantes);
    expect(value.organisationId).toBe(organisationId);
    expect(await kit.db.application.findUniqueOrThrow({ where: { id: value.applicationId } })).toMatchObject({
      status: "submitted",
    });
    expect(await kit.db.roleAssignment.count({ where: { personId: stranger.personId ?? "" } })).toBe(0);

    // The body's label, missions and reports stay out of their sight and reach.
    expect(await labelsOfBodies(kit.ctx, stranger)).toEqual([]);
    const lists = await missionsFor(kit.ctx, stranger);
    expect([...lists.mine, ...lists.ofMyBodies, ...lists.ofMyCountries, ...lists.all]).toEqual([]);
    expect(await codeOf(missionDetailsFor(kit.ctx, stranger, missionId))).toBe("forbidden");
    expect(await codeOf(reviewReport(kit.ctx, stranger, { missionId, decision: "validate" }))).toBe("forbidden");
    // What they filed is theirs to follow and to withdraw; nothing more.
    expect(await ownPendingApplications(kit.ctx, stranger)).toEqual([
      expect.objectContaining({ id: value.applicationId, organisation: "Ville de Nantes", status: "submitted" }),
    ]);
    const own = await applicationView(kit.ctx, stranger, value.applicationId);
    expect(own).toMatchObject({ organisation: "Ville de Nantes", body: null });
  });

  it("cannot confirm the body's mission nor withdraw another person's application", async () => {
    const body = await importedBody(kit);
    const missionId = await openedMission(kit, body.labelId);
    await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate" });
    const stranger = await createPerson(kit, "x@intrus.fr", "Ivan Intrus");
    await submitApplication(kit.ctx, stranger, nantes);
    expect(await codeOf(confirmMission(kit.ctx, stranger, { missionId }))).toBe("forbidden");

    const lyon = await createPerson(kit, "referent@lyon.fr", "Léa Référente");
    const theirs = await submitApplication(kit.ctx, lyon, applicationInput());
    expect(await codeOf(withdrawApplication(kit.ctx, stranger, { applicationId: theirs.value.applicationId }))).toBe(
      "forbidden",
    );
    expect(await codeOf(applicationView(kit.ctx, stranger, theirs.value.applicationId))).toBe("forbidden");
    expect(await withdrawApplication(kit.ctx, lyon, { applicationId: theirs.value.applicationId })).toMatchObject({
      changed: true,
    });
  });

  it("shows the committee that the body is known, its label, no focal point, and who approval makes one", async () => {
    await importedBody(kit, "Ville de Nantes", "2020-12-31");
    const stranger = await createPerson(kit, "x@intrus.fr", "Ivan Intrus");
    const { value } = await submitApplication(kit.ctx, stranger, nantes);
    const view = await applicationView(kit.ctx, kit.committee, value.applicationId);
    expect(view.body).toEqual({
      known: true,
      label: expect.objectContaining({ number: "PACT3-2018-012", source: "pact3", status: "expired" }),
      focalPoints: [],
    });
    expect(view.focalPointOnApproval).toBe("Ivan Intrus");

    const fresh = await submitApplication(kit.ctx, await createPerson(kit, "a@lyon.fr", "Léa"), applicationInput());
    const newBody = await applicationView(kit.ctx, kit.committee, fresh.value.applicationId);
    expect(newBody.body).toEqual({ known: false, label: null, focalPoints: [] });
    expect(newBody.focalPointOnApproval).toBe("Léa");
  });

  it("approval makes the applicant focal point, in the label's transaction, only when the body had none", async () => {
    const { organisationId } = await importedBody(kit);
    const stranger = await createPerson(kit, "x@intrus.fr", "Ivan Intrus");
    const { value } = await submitApplication(kit.ctx, stranger, nantes);
    const approved = await decideApplication(kit.ctx, kit.committee, {
      applicationId: value.applicationId,
      decision: "approve",
    });
    expect(approved.value.focalPointId).toBe(stranger.personId);
    expect(await labelsOfBodies(kit.ctx, stranger)).toEqual([expect.objectContaining({ organisationId })]);
    expect(await kit.db.auditEvent.count({ where: { entityId: stranger.personId ?? "", action: "grant_role" } })).toBe(
      1,
    );
    expect(await kit.db.outbox.count({ where: { kind: "diploma_issued", recipientId: stranger.personId } })).toBe(1);

    // The body now has a focal point: a later application keeps it alone.
    await kit.db.label.updateMany({ where: { organisationId }, data: { status: "expired" } });
    const again = await submitApplication(kit.ctx, kit.daect, { ...nantes, competences: "Renouvellement" });
    const view = await applicationView(kit.ctx, kit.committee, again.value.applicationId);
    expect(view.body?.focalPoints).toEqual(["Ivan Intrus"]);
    expect(view.focalPointOnApproval).toBeNull();
    const renewed = await decideApplication(kit.ctx, kit.committee, {
      applicationId: again.value.applicationId,
      decision: "approve",
    });
    expect(renewed.value.focalPointId).toBeUndefined();
    expect(await kit.db.roleAssignment.count({ where: { role: "focal_point", scope: organisationId } })).toBe(1);
  });

  it("DAECT filing for a new body never becomes its focal point; DAECT grants the role", async () => {
    const { value } = await submitApplication(kit.ctx, kit.daect, applicationInput());
    expect((await applicationView(kit.ctx, kit.committee, value.applicationId)).focalPointOnApproval).toBeNull();
    const approved = await decideApplication(kit.ctx, kit.committee, {
      applicationId: value.applicationId,
      decision: "approve",
    });
    expect(approved.value.focalPointId).toBeUndefined();
    expect(await kit.db.roleAssignment.count({ where: { role: "focal_point" } })).toBe(0);
    // No focal point to send the diploma to: DAECT, who filed, receives it to hand on.
    expect(await kit.db.outbox.count({ where: { kind: "diploma_issued", recipientId: kit.daect.personId } })).toBe(1);
    await grantRole(kit.ctx, kit.daect, { email: "referent@lyon.fr", role: "focal_point", scope: "Ville de Lyon" });
    expect(await kit.db.roleAssignment.count({ where: { role: "focal_point", scope: value.organisationId } })).toBe(1);
  });

  it("a rejection reaches the applicant, who never held a role", async () => {
    const stranger = await createPerson(kit, "x@intrus.fr", "Ivan Intrus");
    const { value } = await submitApplication(kit.ctx, stranger, applicationInput());
    await decideApplication(kit.ctx, kit.committee, {
      applicationId: value.applicationId,
      decision: "reject",
      reason: "Dossier incomplet",
    });
    expect(await kit.db.outbox.count({ where: { kind: "application_decided", recipientId: stranger.personId } })).toBe(
      1,
    );
    expect(await kit.db.roleAssignment.count({ where: { personId: stranger.personId ?? "" } })).toBe(0);
  });

  it("a body with a focal point is applied for through that person only", async () => {
    const { focal } = await labelledBody(kit);
    const stranger = await createPerson(kit, "x@intrus.fr", "Ivan Intrus");
    expect(await codeOf(submitApplication(kit.ctx, stranger, { ...applicationInput(), competences: "x" }))).toBe(
      "forbidden",
    );
    expect(focal.personId).toBeTruthy();
  });
});
