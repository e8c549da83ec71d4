import { z } from "zod";
import { assertAllowed } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { alreadyDecided, conflict, found } from "../guard";
import { queueNotifications, toEach } from "../notifications";
import { focalPointIds, loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId, ZText } from "../validate";

export const ZRevokeLabelInput = z.object({ labelId: ZId, reason: ZText(2000) });

/** DAECT withdraws a label; the body can no longer be sent on missions. */
export async function revokeLabel(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZRevokeLabelInput>,
): Promise<VerbResult<{ labelId: string }>> {
  const input = parseInput(ZRevokeLabelInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    assertAllowed("label.revoke", who);
    const label = found(await tx.label.findUnique({ where: { id: input.labelId } }), "label", input.labelId);
    if (label.status === "revoked") {
      if (label.revokedReason === input.reason) return { changed: false, value: { labelId: label.id } };
      return alreadyDecided(tx, "label", "revoked", label.revokedById, label.revokedAt);
    }
    const { count } = await tx.label.updateMany({
      where: { id: label.id, status: label.status },
      data: { status: "revoked", revokedAt: now, revokedById: who.personId, revokedReason: input.reason },
    });
    if (count === 0) conflict("label", label.id);
    await recordAudit(tx, actor, now, {
      entityType: "label",
      entityId: label.id,
      action: "revoke",
      fromState: label.status,
      toState: "revoked",
      data: { reason: input.reason },
    });
    await queueNotifications(
      tx,
      now,
      toEach(await focalPointIds(tx, label.organisationId), {
        kind: "label_revoked",
        data: { labelId: label.id, number: label.number, reason: input.reason },
      }),
    );
    return { changed: true, value: { labelId: label.id } };
  });
}
