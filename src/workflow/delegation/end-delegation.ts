import { z } from "zod";
import { assertAllowed } from "../../domain/roles";
import { dateIn } from "../../domain/time";
import { recordAudits } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { found } from "../guard";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZEmail } from "../validate";

export const ZEndDelegationInput = z.object({
  /** Whose delegations end: the caller's own when absent; someone else's is DAECT's to end. */
  delegatorEmail: ZEmail.optional(),
});

/**
 * Back early: every delegation of the delegator not yet over ends now (kept, with when and by whom, as the record
 * of who stood in). Nothing to end changes nothing.
 */
export async function endDelegation(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZEndDelegationInput> = {},
): Promise<VerbResult<{ ended: number }>> {
  const input = parseInput(ZEndDelegationInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    let delegatorId = who.personId;
    if (input.delegatorEmail !== undefined) {
      const person = await tx.person.findUnique({ where: { email: input.delegatorEmail }, select: { id: true } });
      delegatorId = found(person, "person", input.delegatorEmail).id;
    }
    if (delegatorId !== who.personId || delegatorId === "") assertAllowed("admin.manage", who);
    const open = await tx.delegation.findMany({
      where: { delegatorId, revokedAt: null, toDate: { gte: dateIn(now) } },
      select: { id: true, delegateId: true, role: true, scope: true },
    });
    if (open.length === 0) return { changed: false, value: { ended: 0 } };
    await tx.delegation.updateMany({
      where: { id: { in: open.map((d) => d.id) }, revokedAt: null },
      data: { revokedAt: now, revokedById: actor.personId },
    });
    await recordAudits(
      tx,
      actor,
      now,
      open.map((d) => ({
        entityType: "delegation",
        entityId: d.id,
        action: "end_delegation",
        data: { delegatorId, delegateId: d.delegateId, role: d.role, scope: d.scope },
      })),
    );
    return { changed: true, value: { ended: open.length } };
  });
}
