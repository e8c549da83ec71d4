import { z } from "zod";
import { LABEL_TRANSITIONS } from "../../domain/label";
import { requireComment } from "../../domain/lifecycle";
import { LIMITS } from "../../domain/limits";
import { assertAllowed } from "../../domain/roles";
import type { Actor, WorkflowContext } from "../context";
import { alreadyDecided } from "../guard";
import { queueNotifications, toEach } from "../notifications";
import { focalPointRecipients, loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { transition } from "../transition";
import { parseInput, ZText } from "../validate";
import { flagUndepartedMissions, loadLabelByRef, ZLabelRef } from "./label-decision";

export const ZRevokeLabelInput = ZLabelRef.extend({ reason: ZText(LIMITS.revocationReason) });

export interface LabelDecided {
  labelId: string;
  number: string;
  /** The body's missions not yet departed, flagged to DAECT. */
  flaggedMissions: number;
}

/**
 * DAECT withdraws a label, active or suspended, and says why; the body can no longer be sent on missions (M4),
 * its focal points are told, and DAECT gets the list of its missions not yet departed. An ended label stays as it
 * ended; the same revocation twice changes nothing.
 */
export async function revokeLabel(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZRevokeLabelInput>,
): Promise<VerbResult<LabelDecided>> {
  const input = parseInput(ZRevokeLabelInput, rawInput);
  requireComment(LABEL_TRANSITIONS, "revoke", input.reason, "reason");
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    assertAllowed("label.revoke", who);
    const label = await loadLabelByRef(tx, input);
    const value = { labelId: label.id, number: label.number, flaggedMissions: 0 };
    if (label.status === "revoked") {
      if (label.revokedReason === input.reason) return { changed: false, value };
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
      toEach(await focalPointRecipients(tx, label.organisationId, now), {
        kind: "label_revoked",
        data: { labelId: label.id, number: label.number, reason: input.reason },
      }),
    );
    value.flaggedMissions = await flagUndepartedMissions(tx, now, label, { kind: "revoked" });
    return { changed: true, value };
  });
}
