import { DomainError } from "../../src/domain/errors";
import { describeError } from "../../src/i18n";
import { expireLabels, openMission, reinstateLabel, revokeLabel, suspendLabel } from "../../src/workflow";
import { codeOf, createKit, type Kit, labelledBody, missionInput, openedMission } from "../support/workflow-kit";

let kit: Kit;
beforeEach(async () => {
  kit = await createKit();
});
afterEach(() => kit.close());

const labelOf = (id: string) => kit.db.label.findUniqueOrThrow({ where: { id } });
const audits = (entityId: string) =>
  kit.db.auditEvent.findMany({
    where: { entityId },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { action: true, toState: true },
  });
const outboxOf = (kind: string) => kit.db.outbox.findMany({ where: { kind } });

async function refusalOf(call: Promise<unknown>): Promise<DomainError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe("revoking a label", () => {
  it("revokes once with its reason, tells the focal point, flags the missions not yet departed, and refuses new ones", async () => {
    const { labelId, focal } = await labelledBody(kit);
    const missionId = await openedMission(kit, labelId);
    const first = await revokeLabel(kit.ctx, kit.daect, { number: "expe-ct-2026-0001", reason: "Fausse déclaration" });
    expect(first).toEqual({ changed: true, value: { labelId, number: "EXPE-CT-2026-0001", flaggedMissions: 1 } });
    expect(await labelOf(labelId)).toMatchObject({ status: "revoked", revokedReason: "Fausse déclaration" });

    // The same revocation again changes nothing; another reason is told who revoked it first.
    const again = await revokeLabel(kit.ctx, kit.daect, { labelId, reason: "Fausse déclaration" });
    expect(again.changed).toBe(false);
    expect(await codeOf(revokeLabel(kit.ctx, kit.daect, { labelId, reason: "Autre motif" }))).toBe("already_decided");
    expect((await audits(labelId)).filter((a) => a.action === "revoke")).toHaveLength(1);

    const told = await outboxOf("label_revoked");
    expect(told.map((r) => r.recipientId)).toEqual([focal.personId]);
    const [flag] = await outboxOf("label_missions_flagged");
    expect(flag?.channel).toBe("daect");
    expect(JSON.parse(flag?.payload ?? "{}")).toMatchObject({
      change: "revoked",
      organisation: "Ville de Lyon",
      missions: [{ missionId, status: "awaiting_embassy", countryCode: "SN", startDate: "2026-04-06" }],
    });

    const refusal = await refusalOf(
      openMission(kit.ctx, kit.daect, missionInput(labelId, { foreignPartner: "Dakar" })),
    );
    expect(refusal).toMatchObject({ code: "label_revoked", field: "labelId" });
    expect(describeError(refusal, "fr")).toBe(
      "Le label EXPE-CT-2026-0001 a été retiré par la DAECT : aucune mission ne peut plus être ouverte pour cette collectivité.",
    );
  });

  it("refuses a reason longer than the limit, and someone who is not DAECT", async () => {
    const { labelId, focal } = await labelledBody(kit);
    expect(await codeOf(revokeLabel(kit.ctx, kit.daect, { labelId, reason: "x".repeat(2001) }))).toBe("invalid_input");
    expect(await codeOf(revokeLabel(kit.ctx, kit.daect, { labelId, reason: "   " }))).toBe("invalid_input");
    expect(await codeOf(revokeLabel(kit.ctx, focal, { labelId, reason: "Motif" }))).toBe("forbidden");
    expect((await labelOf(labelId)).status).toBe("active");
  });
});

describe("suspending a label", () => {
  it("refuses a mission while suspended, in words naming the date, and lets one be opened after it without any job", async () => {
    const { labelId, focal } = await labelledBody(kit);
    const result = await suspendLabel(kit.ctx, kit.daect, { labelId, until: "2026-03-20", reason: "Enquête" });
    expect(result).toMatchObject({ changed: true, value: { flaggedMissions: 0, until: "2026-03-20" } });
    expect(await outboxOf("label_missions_flagged")).toHaveLength(0);
    const [told] = await outboxOf("label_suspended");
    expect(told?.recipientId).toBe(focal.personId);
    expect(JSON.parse(told?.payload ?? "{}")).toMatchObject({ until: "2026-03-20", reason: "Enquête" });

    kit.clock.set("2026-03-20T20:00:00Z");
    const refusal = await refusalOf(openMission(kit.ctx, kit.daect, missionInput(labelId)));
    expect(refusal).toMatchObject({ code: "label_suspended", params: { date: "2026-03-20" } });
    expect(describeError(refusal, "fr")).toBe(
      "Le label EXPE-CT-2026-0001 est suspendu jusqu’au 20 mars 2026 inclus : aucune mission ne peut être ouverte pour cette collectivité d’ici là.",
    );

    // Midnight in Paris: the suspension ran out, the row still says so, and the label works again.
    kit.clock.set("2026-03-20T23:30:00Z");
    expect((await labelOf(labelId)).status).toBe("suspended");
    expect((await openMission(kit.ctx, kit.daect, missionInput(labelId))).changed).toBe(true);
  });

  it("refuses to suspend a revoked label or until today, moves the date when suspended again, and lifts early", async () => {
    const { labelId } = await labelledBody(kit);
    const early = await refusalOf(
      suspendLabel(kit.ctx, kit.daect, { labelId, until: "2026-03-02", reason: "Enquête" }),
    );
    expect(early).toMatchObject({ code: "invalid_input", field: "until" });
    expect(describeError(early, "fr")).toBe("Suspendu jusqu’au : la date doit être postérieure à aujourd’hui.");

    await suspendLabel(kit.ctx, kit.daect, { labelId, until: "2026-03-20", reason: "Enquête" });
    const same = await suspendLabel(kit.ctx, kit.daect, { labelId, until: "2026-03-20", reason: "Enquête" });
    expect(same.changed).toBe(false);
    await suspendLabel(kit.ctx, kit.daect, { labelId, until: "2026-04-15", reason: "Enquête prolongée" });
    expect((await labelOf(labelId)).suspendedUntil?.toISOString()).toBe("2026-04-15T21:59:59.999Z");

    await reinstateLabel(kit.ctx, kit.daect, { labelId });
    expect(await labelOf(labelId)).toMatchObject({ status: "active", suspendedUntil: null, suspendedReason: null });
    expect(await outboxOf("label_reinstated")).toHaveLength(1);
    expect(await codeOf(reinstateLabel(kit.ctx, kit.daect, { labelId }))).toBe("wrong_state");

    await revokeLabel(kit.ctx, kit.daect, { labelId, reason: "Manquement grave" });
    const suspendRevoked = await refusalOf(
      suspendLabel(kit.ctx, kit.daect, { labelId, until: "2026-05-01", reason: "Enquête" }),
    );
    expect(suspendRevoked.code).toBe("wrong_state");
    expect(describeError(suspendRevoked, "fr")).toBe(
      "Impossible de suspendre ce label : son état actuel est « retiré ».",
    );
    expect((await audits(labelId)).map((a) => `${a.action}→${a.toState}`)).toEqual([
      "create→active",
      "suspend→suspended",
      "suspend→suspended",
      "reinstate→active",
      "revoke→revoked",
    ]);
  });

  it("revokes a suspended label, and expires a suspended one at the end of its validity", async () => {
    const lyon = await labelledBody(kit);
    const nantes = await labelledBody(kit, "Ville de Nantes", "referent@nantes.fr");
    await suspendLabel(kit.ctx, kit.daect, { labelId: lyon.labelId, until: "2026-06-01", reason: "Enquête" });
    await suspendLabel(kit.ctx, kit.daect, { labelId: nantes.labelId, until: "2029-06-01", reason: "Enquête" });
    await revokeLabel(kit.ctx, kit.daect, { labelId: lyon.labelId, reason: "Enquête concluante" });
    expect((await labelOf(lyon.labelId)).status).toBe("revoked");
    kit.clock.set("2029-03-02T09:00:00Z");
    expect((await expireLabels(kit.ctx)).expired).toEqual([nantes.labelId]);
  });
});
