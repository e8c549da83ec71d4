import {
  applicationView,
  decideApplication,
  declareCommitteeTies,
  grantRole,
  recommendApplication,
  recordTiedAbstention,
  requestApplicationChanges,
  resubmissionFile,
  resubmitApplication,
  submitApplication,
} from "../../src/workflow";
import type { PersonActor } from "../../src/workflow/context";
import { applicationInput, as, codeOf, createKit, createPerson, type Kit, outboxKinds } from "../support/workflow-kit";

let kit: Kit;
beforeEach(async () => {
  kit = await createKit();
});
afterEach(() => kit.close());

async function member(email: string, name: string): Promise<PersonActor> {
  await grantRole(kit.ctx, kit.daect, { email, role: "committee", name });
  return as((await kit.db.person.findUniqueOrThrow({ where: { email } })).id);
}

async function lyonApplication() {
  const focal = await createPerson(kit, "referent@lyon.fr", "Léa Référente");
  const { value } = await submitApplication(kit.ctx, focal, applicationInput());
  return { focal, ...value };
}

describe("committee conflicts of interest", () => {
  it("refuses a member who has not declared their ties until they do, and records the declaration", async () => {
    const { applicationId, organisationId } = await lyonApplication();
    const bruno = await member("bruno@comite.fr", "Bruno Membre");
    const opinion = { applicationId, recommendation: "favourable" as const };
    expect(await codeOf(recommendApplication(kit.ctx, bruno, opinion))).toBe("ties_undeclared");
    expect(await codeOf(decideApplication(kit.ctx, bruno, { applicationId, decision: "approve" }))).toBe(
      "ties_undeclared",
    );
    expect(await codeOf(declareCommitteeTies(kit.ctx, bruno, {}))).toBe("ties_choice_required");
    expect(await codeOf(declareCommitteeTies(kit.ctx, bruno, { none: true, organisationIds: [organisationId] }))).toBe(
      "ties_choice_required",
    );
    expect((await declareCommitteeTies(kit.ctx, bruno, { none: true })).changed).toBe(true);
    expect((await declareCommitteeTies(kit.ctx, bruno, { none: true })).changed).toBe(false);
    expect((await recommendApplication(kit.ctx, bruno, opinion)).changed).toBe(true);
    const audit = await kit.db.auditEvent.findMany({ where: { entityId: bruno.personId, action: "declare_ties" } });
    expect(audit.map((a) => JSON.parse(a.data ?? "{}"))).toEqual([{ none: true, organisations: [] }]);
  });

  it("a tied member may neither recommend nor decide; the abstention is recorded once and counted", async () => {
    const { applicationId, organisationId } = await lyonApplication();
    const tied = await member("elu@lyon.fr", "Élu Lyonnais");
    await declareCommitteeTies(kit.ctx, tied, { organisationIds: [organisationId] });
    // Declaring a tie abstains on the body's pending application at once.
    expect(await kit.db.committeeOpinion.findMany({ where: { personId: tied.personId } })).toMatchObject([
      { applicationId, opinion: "abstention" },
    ]);
    const opinion = { applicationId, recommendation: "favourable" as const };
    expect(await codeOf(recommendApplication(kit.ctx, tied, opinion))).toBe("conflict_of_interest");
    expect(await codeOf(decideApplication(kit.ctx, tied, { applicationId, decision: "approve" }))).toBe(
      "conflict_of_interest",
    );
    expect(await codeOf(requestApplicationChanges(kit.ctx, tied, { applicationId, comment: "x" }))).toBe(
      "conflict_of_interest",
    );
    expect(await kit.db.auditEvent.count({ where: { entityId: applicationId, action: "abstain" } })).toBe(1);
    expect((await kit.db.application.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("submitted");

    const other = await member("autre@comite.fr", "Autre Membre");
    await declareCommitteeTies(kit.ctx, other, { none: true });
    await recommendApplication(kit.ctx, kit.committee, opinion);
    await recommendApplication(kit.ctx, other, opinion);
    const seen = await applicationView(kit.ctx, tied, applicationId);
    expect(seen.standing).toBe("tied");
    expect(seen.counts).toEqual({ favourable: 2, unfavourable: 0, abstention: 1 });
    expect(seen.opinions.map((o) => o.by)).toEqual(["Claire Comité", "Autre Membre"]);
    // A member's second, different opinion is refused and names theirs.
    expect(await codeOf(recommendApplication(kit.ctx, other, { ...opinion, recommendation: "unfavourable" }))).toBe(
      "already_decided",
    );
    expect((await decideApplication(kit.ctx, other, { applicationId, decision: "approve" })).changed).toBe(true);
  });

  it("keeps a tie declared while the body's application is before the committee, and lets it go once decided", async () => {
    const { applicationId, organisationId } = await lyonApplication();
    const nantes = await kit.db.organisation.create({ data: { name: "Ville de Nantes", kind: "collectivite" } });
    const tied = await member("elu@lyon.fr", "Élu Lyonnais");
    await declareCommitteeTies(kit.ctx, tied, { organisationIds: [organisationId] });
    // Neither "none" nor another body takes the abstention on Lyon's pending application back.
    const none = declareCommitteeTies(kit.ctx, tied, { none: true });
    await expect(none).rejects.toMatchObject({
      code: "tie_stands",
      params: { organisation: "Ville de Lyon" },
      field: "organisationIds",
    });
    expect(await codeOf(declareCommitteeTies(kit.ctx, tied, { organisationIds: [nantes.id] }))).toBe("tie_stands");
    const ties = async () =>
      (await kit.db.committeeTie.findMany({ where: { personId: tied.personId } })).map((r) => r.organisationId);
    expect(await ties()).toEqual([organisationId]);
    expect(await kit.db.committeeOpinion.findMany({ where: { personId: tied.personId } })).toMatchObject([
      { applicationId, opinion: "abstention" },
    ]);
    // Adding a body keeps the tie that stands.
    await declareCommitteeTies(kit.ctx, tied, { organisationIds: [organisationId, nantes.id] });
    expect((await ties()).sort()).toEqual([organisationId, nantes.id].sort());
    // Once the committee has decided, the member may say they have no tie any more.
    await decideApplication(kit.ctx, kit.committee, { applicationId, decision: "approve" });
    expect((await declareCommitteeTies(kit.ctx, tied, { none: true })).changed).toBe(true);
    expect(await ties()).toEqual([null]);
    expect(await kit.db.auditEvent.count({ where: { entityId: tied.personId, action: "declare_ties" } })).toBe(3);
    // A member tied to the body who clicks on the decided file abstains on nothing: the decision is taken.
    const late = await member("adjoint@lyon.fr", "Adjoint Lyonnais");
    await declareCommitteeTies(kit.ctx, late, { organisationIds: [organisationId] });
    expect(await recordTiedAbstention(kit.ctx, late, applicationId)).toBe(false);
    expect(await kit.db.committeeOpinion.count({ where: { personId: late.personId } })).toBe(0);
  });
});

describe("the committee asks for changes", () => {
  it("sends the file back with the comment, refuses a decision meanwhile, and takes the resubmission with its diff", async () => {
    const { applicationId, focal } = await lyonApplication();
    expect(await codeOf(requestApplicationChanges(kit.ctx, kit.committee, { applicationId }))).toBe("comment_required");
    const comment = "Précisez les qualifications de vos experts";
    expect((await requestApplicationChanges(kit.ctx, kit.committee, { applicationId, comment })).changed).toBe(true);
    expect((await requestApplicationChanges(kit.ctx, kit.committee, { applicationId, comment })).changed).toBe(false);
    expect((await kit.db.application.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe(
      "changes_requested",
    );
    expect(await outboxKinds(kit.db)).toEqual([
      "application_submitted@committee",
      "application_changes_requested@committee",
      `application_changes_requested@${focal.personId}`,
    ]);
    expect(await codeOf(decideApplication(kit.ctx, kit.committee, { applicationId, decision: "approve" }))).toBe(
      "wrong_state",
    );
    // Only the body gets the file back to change it, pre-filled as it was.
    expect(await codeOf(resubmissionFile(kit.ctx, kit.committee, applicationId))).toBe("forbidden");
    const file = await resubmissionFile(kit.ctx, focal, applicationId);
    expect(file).toMatchObject({ comment, draft: { competences: applicationInput().competences } });

    const revised = {
      ...file.draft,
      competences: "Tri sélectif, compostage et valorisation des déchets ménagers",
      experts: [{ ...file.draft.experts[0], qualifications: "Ingénieure, 15 ans, certifiée ISO 14001" }],
    } as typeof file.draft;
    const resubmitted = await resubmitApplication(kit.ctx, focal, { ...revised, applicationId });
    expect(resubmitted).toEqual({ changed: true, value: { applicationId, changed: ["competences", "experts"] } });
    expect((await resubmitApplication(kit.ctx, focal, { ...revised, applicationId })).changed).toBe(false);
    const app = await kit.db.application.findUniqueOrThrow({
      where: { id: applicationId },
      include: { experts: true },
    });
    expect(app.status).toBe("submitted");
    expect(app.experts.map((e) => e.qualifications)).toEqual(["Ingénieure, 15 ans, certifiée ISO 14001"]);
    expect((await outboxKinds(kit.db)).at(-1)).toBe("application_resubmitted@committee");
    const view = await applicationView(kit.ctx, kit.committee, applicationId);
    expect(view.changeRequest).toMatchObject({ comment, by: "Claire Comité", changed: ["competences", "experts"] });
    expect((await decideApplication(kit.ctx, kit.committee, { applicationId, decision: "approve" })).changed).toBe(
      true,
    );
  });
});
