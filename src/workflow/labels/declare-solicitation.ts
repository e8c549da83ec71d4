import { z } from "zod";
import { DomainError } from "../../domain/errors";
import { LIMITS } from "../../domain/limits";
import { assertAllowed, focalPointOrganisations } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { queueNotifications } from "../notifications";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZCountryCode, ZId, ZIsoDate, ZText } from "../validate";

export const ZSolicitationInput = z.object({
  organisationId: ZId.optional(),
  fromWhom: ZText(LIMITS.solicitationFrom),
  countryCode: ZCountryCode,
  subject: ZText(LIMITS.solicitationSubject),
  receivedOn: ZIsoDate,
});

/** M2: a labelled body tells DAECT of every solicitation it receives elsewhere because of its label. */
export async function declareSolicitation(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZSolicitationInput>,
): Promise<VerbResult<{ solicitationId: string }>> {
  const input = parseInput(ZSolicitationInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    const bodies = focalPointOrganisations(who);
    const organisationId = input.organisationId ?? (bodies.length === 1 ? bodies[0] : undefined);
    if (!organisationId) throw new DomainError("invalid_input", { field: "organisationId" }, "organisationId");
    assertAllowed("solicitation.declare", who, { organisationId });
    const label = await tx.label.findFirst({
      where: { organisationId, status: "active" },
      orderBy: { validFrom: "desc" },
    });
    if (!label) throw new DomainError("label_not_active", {}, "organisationId");
    const duplicate = await tx.solicitation.findFirst({
      where: { organisationId, fromWhom: input.fromWhom, subject: input.subject, receivedOn: input.receivedOn },
    });
    if (duplicate) return { changed: false, value: { solicitationId: duplicate.id } };
    const solicitation = await tx.solicitation.create({
      data: { ...input, organisationId, labelId: label.id, declaredById: who.personId },
    });
    await recordAudit(tx, actor, now, {
      entityType: "solicitation",
      entityId: solicitation.id,
      action: "declare",
      data: { fromWhom: input.fromWhom, country: input.countryCode },
    });
    await queueNotifications(tx, now, [
      { kind: "solicitation_declared", channel: "daect", data: { solicitationId: solicitation.id } },
    ]);
    return { changed: true, value: { solicitationId: solicitation.id } };
  });
}
