import { z } from "zod";
import { LABEL_TRANSITIONS } from "../../domain/label";
import { LIMITS } from "../../domain/limits";
import { assertAllowed } from "../../domain/roles";
import type { Actor, WorkflowContext } from "../context";
import { alreadyDecided, found } from "../guard";
import { queueNotifications, toEach } from "../notifications";
import { focalPointIds, loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { transition } from "../transition";
import { parseInput, ZId, ZText } from "../validate";

export const ZRevokeLabelInput = z.object({ labelId: ZId, reason: ZText(LIMITS.revocationReason) });

/** DAECT withdraws an active label; the body can no longer be sent on missions. An ended label stays as it ended. */
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
    await transition(tx, actor, now, {
      entity: "label",
      table: LABEL_TRANSITIONS,
      verb: "revoke",
      row: label,
      write: (where, to) =>
        tx.label.updateMany({
          where,
          data: { status: to, revokedAt: now, revokedById: who.personId, revokedReason: input.reason },
        }),
      audit: { reason: input.reason },
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
