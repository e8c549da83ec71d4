import { DomainError } from "../../src/domain/errors";
import {
  decideApplication,
  recommendApplication,
  revokeLabel,
  submitApplication,
  withdrawApplication,
} from "../../src/workflow";
import {
  applicationInput,
  createKit,
  createPerson,
  type Kit,
  labelledBody,
  outboxKinds,
} from "../support/workflow-kit";

let kit: Kit;
beforeEach(async () => {
  kit = await createKit();
});
afterEach(() => kit.close());

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return "no error";
}

describe("submitApplication (L1–L6)", () => {
  it("creates the body and its experts, grants the applicant no role yet, and tells the committee", async () => {
    const focal = await createPerson(kit, "referent@lyon.fr", "Léa Référente");
    const { changed, value } = await submitApplication(kit.ctx, focal, applicationInput());
    expect(changed).toBe(true);
    const app = await kit.db.application.findUniqueOrThrow({
      where: { id: value.applicationId },
      include: { experts: true },
    });
    expect(app).toMatchObject({ status: "submitted", commitmentAccepted: true, competenceScope: "precise" });
    expect(app.experts).toHaveLength(1);
    expect(await kit.db.roleAssignment.count({ where: { personId: focal.personId ?? "" } })).toBe(0);
    expect(await outboxKinds(kit.db)).toEqual(["application_submitted@committee"]);
    expect(await kit.db.auditEvent.count({ where: { entityId: value.applicationId, action: "submit" } })).toBe(1);
  });

  it("requires the L6 commitment and writes nothing without it", async () => {
    const focal = await createPerson(kit, "referent@lyon.fr", "Léa");
    const error = await submitApplication(kit.ctx, focal, applicationInput({ commitmentAccepted: false })).catch(
      (e) => e,
    );
    expect(error).toMatchObject({ code: "commitment_required", field: "commitmentAccepted" });
    expect(await kit.db.organisation.count()).toBe(0);
  });

  it("rejects bad input with localised messages per field", async () => {
    const focal = await createPerson(kit, "referent@lyon.fr", "Léa");
    const error = (await submitApplication(
      kit.ctx,
      focal,
      applicationInput({ experts: [], themes: ["nope" as never] }),
    ).catch((e) => e)) as DomainError;
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(expect.arrayContaining(["experts", "themes.0"]));
    expect(error.fieldErrors?.experts).toEqual({ fr: "Au moins 1.", en: "At least 1." });
    expect(error.fieldErrors?.["themes.0"]).toEqual({
      fr: "Choisissez l’une des options proposées.",
      en: "Choose one of the options offered.",
    });
  });

  it("is a no-op when the same file is sent twice, and refuses a second pending file", async () => {
    const focal = await createPerson(kit, "referent@lyon.fr", "Léa");
    const first = await submitApplication(kit.ctx, focal, applicationInput());
    const again = await submitApplication(kit.ctx, focal, applicationInput());
    expect(again).toEqual({ changed: false, value: first.value });
    expect(await codeOf(submitApplication(kit.ctx, focal, applicationInput({ competences: "Autre chose" })))).toBe(
      "pending_application_exists",
    );
    expect(await kit.db.application.count()).toBe(1);
  });

  it("only the body's focal point (or DAECT) may apply again for a body that has one", async () => {
    const { organisationId } = await labelledBody(kit);
    const stranger = await createPerson(kit, "x@y.fr", "X");
    expect(await codeOf(submitApplication(kit.ctx, stranger, applicationInput()))).toBe("forbidden");
    expect(organisationId).toBeTruthy();
  });
});

describe("committee (L7)", () => {
  it("recommends, then approves: a numbered label valid three years, the focal point sent the diploma and the committee told", async () => {
    const focal = await createPerson(kit, "referent@lyon.fr", "Léa");
    const { value } = await submitApplication(kit.ctx, focal, applicationInput());
    await recommendApplication(kit.ctx, kit.committee, {
      applicationId: value.applicationId,
      recommendation: "favourable",
    });
    const decision = await decideApplication(kit.ctx, kit.committee, {
      applicationId: value.applicationId,
      decision: "approve",
    });
    expect(decision.value.labelNumber).toBe("EXPE-CT-2026-0001");
    const label = await kit.db.label.findUniqueOrThrow({ where: { id: decision.value.labelId } });
    expect(label.status).toBe("active");
    expect(label.validUntil.toISOString()).toBe("2029-03-01T22:59:59.999Z");
    expect(await outboxKinds(kit.db)).toEqual([
      "application_submitted@committee",
      "application_recommended@committee",
      "application_decided@committee",
      `diploma_issued@${focal.personId}`,
    ]);
  });

  it("numbers labels in sequence within the year", async () => {
    await labelledBody(kit, "Ville de Lyon", "a@lyon.fr");
    const second = await labelledBody(kit, "Métropole de Lille", "b@lille.fr");
    const label = await kit.db.label.findUniqueOrThrow({ where: { id: second.labelId } });
    expect(label.number).toBe("EXPE-CT-2026-0002");
  });

  it("refuses a decision from someone outside the committee, and a rejection without a reason", async () => {
    const focal = await createPerson(kit, "referent@lyon.fr", "Léa");
    const { value } = await submitApplication(kit.ctx, focal, applicationInput());
    expect(
      await codeOf(decideApplication(kit.ctx, focal, { applicationId: value.applicationId, decision: "approve" })),
    ).toBe("forbidden");
    expect(
      await codeOf(
        decideApplication(kit.ctx, kit.committee, { applicationId: value.applicationId, decision: "reject" }),
      ),
    ).toBe("comment_required");
    expect(await kit.db.label.count()).toBe(0);
  });

  it("repeats harmlessly; a conflicting decision is told who decided and when", async () => {
    const focal = await createPerson(kit, "referent@lyon.fr", "Léa");
    const { value } = await submitApplication(kit.ctx, focal, applicationInput());
    const input = { applicationId: value.applicationId, decision: "approve" as const };
    await decideApplication(kit.ctx, kit.committee, input);
    expect((await decideApplication(kit.ctx, kit.committee, input)).changed).toBe(false);
    const error = (await decideApplication(kit.ctx, kit.committee, {
      applicationId: value.applicationId,
      decision: "reject",
      reason: "non",
    }).catch((e) => e)) as DomainError;
    expect(error.code).toBe("already_decided");
    expect(error.params).toMatchObject({ by: "Claire Comité", decision: "approved", at: "2026-03-02T09:00:00.000Z" });
    expect(await kit.db.label.count()).toBe(1);
  });

  it("two concurrent conflicting decisions: exactly one wins", async () => {
    const focal = await createPerson(kit, "referent@lyon.fr", "Léa");
    const { value } = await submitApplication(kit.ctx, focal, applicationInput());
    const results = await Promise.allSettled([
      decideApplication(kit.ctx, kit.committee, { applicationId: value.applicationId, decision: "approve" }),
      decideApplication(kit.ctx, kit.committee, {
        applicationId: value.applicationId,
        decision: "reject",
        reason: "Hors champ",
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason.code).toBe("already_decided");
    expect(
      await kit.db.auditEvent.count({ where: { entityType: "application", action: { in: ["approve", "reject"] } } }),
    ).toBe(1);
  });

  it("withdraws before the decision only", async () => {
    const focal = await createPerson(kit, "referent@lyon.fr", "Léa");
    const { value } = await submitApplication(kit.ctx, focal, applicationInput());
    await withdrawApplication(kit.ctx, focal, { applicationId: value.applicationId });
    expect((await withdrawApplication(kit.ctx, focal, { applicationId: value.applicationId })).changed).toBe(false);
    expect(
      await codeOf(
        decideApplication(kit.ctx, kit.committee, { applicationId: value.applicationId, decision: "approve" }),
      ),
    ).toBe("wrong_state");
  });
});

describe("revokeLabel", () => {
  it("is DAECT's, idempotent, and tells the body", async () => {
    const { labelId, focal } = await labelledBody(kit);
    expect(await codeOf(revokeLabel(kit.ctx, focal, { labelId, reason: "x" }))).toBe("forbidden");
    await revokeLabel(kit.ctx, kit.daect, { labelId, reason: "Fausse déclaration" });
    expect((await revokeLabel(kit.ctx, kit.daect, { labelId, reason: "Fausse déclaration" })).changed).toBe(false);
    expect((await kit.db.label.findUniqueOrThrow({ where: { id: labelId } })).status).toBe("revoked");
    expect(await kit.db.outbox.count({ where: { kind: "label_revoked", recipientId: focal.personId } })).toBe(1);
  });
});
