import { z } from "zod";
import { DomainError } from "../../domain/errors";
import { assertAllowed } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { found } from "../guard";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZEmail, ZId } from "../validate";

export const ZReassignInput = z.object({ applicationId: ZId, toEmail: ZEmail });

/**
 * DAECT hands an application over to another person of the same body (its applicant left, or is away for good):
 * the hold filing gave them (viewing, withdrawing, resubmitting the file) moves to the new person.
 */
export async function reassignFile(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZReassignInput>,
): Promise<VerbResult<{ applicationId: string; personId: string }>> {
  const input = parseInput(ZReassignInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    assertAllowed("admin.manage", await loadActor(tx, actor));
    const app = found(
      await tx.application.findUnique({
        where: { id: input.applicationId },
        select: { id: true, organisationId: true, submittedById: true },
      }),
      "application",
      input.applicationId,
    );
    const person = found(
      await tx.person.findUnique({
        where: { email: input.toEmail },
        select: { id: true, organisationId: true, roles: { where: { role: "focal_point" }, select: { scope: true } } },
      }),
      "person",
      input.toEmail,
    );
    const value = { applicationId: app.id, personId: person.id };
    if (app.submittedById === person.id) return { changed: false, value };
    const ofBody =
      person.organisationId === app.organisationId || person.roles.some((r) => r.scope === app.organisationId);
    if (!ofBody) throw new DomainError("reassign_outside_body", {}, "toEmail");
    await tx.application.update({ where: { id: app.id }, data: { submittedById: person.id } });
    await recordAudit(tx, actor, now, {
      entityType: "application",
      entityId: app.id,
      action: "reassign",
      data: { from: app.submittedById, to: person.id },
    });
    return { changed: true, value };
  });
}
