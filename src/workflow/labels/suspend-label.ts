import type { z } from "zod";
import { LABEL_TRANSITIONS, suspensionEnd } from "../../domain/label";
import { requireComment } from "../../domain/lifecycle";
import { LIMITS } from "../../domain/limits";
import { assertAllowed } from "../../domain/roles";
import { dateIn } from "../../domain/time";
import type { Actor, WorkflowContext } from "../context";
import { queueNotifications, toEach } from "../notifications";
import { focalPointRecipients, loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { transition } from "../transition";
import { parseInput, ZIsoDate, ZText } from "../validate";
import { flagUndepartedMissions, loadLabelByRef, ZLabelRef } from "./label-decision";
import type { LabelDecided } from "./revoke-label";

export const ZSuspendLabelInput = ZLabelRef.extend({
  /** The last day of the suspension (Paris): the label is valid again the day after, with no one to act. */
  until: ZIsoDate,
  reason: ZText(LIMITS.suspensionReason),
});

/**
 * DAECT suspends a label until a date, and says why: until then the body cannot be sent on missions (M4), its
 * focal points are told, and DAECT gets the list of its missions not yet departed. Suspending a suspended label
 * moves the date; the same suspension twice changes nothing.
 */
export async function suspendLabel(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZSuspendLabelInput>,
): Promise<VerbResult<LabelDecided & { until: string }>> {
  const input = parseInput(ZSuspendLabelInput, rawInput);
  requireComment(LABEL_TRANSITIONS, "suspend", input.reason, "reason");
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    assertAllowed("label.revoke", who);
    const until = suspensionEnd(input.until, now);
    const label = await loadLabelByRef(tx, input);
    const value = { labelId: label.id, number: label.number, flaggedMissions: 0, until: input.until };
    const same =
      label.status === "suspended" &&
      label.suspendedUntil?.getTime() === until.getTime() &&
      label.suspendedReason === input.reason;
    if (same) return { changed: false, value };
    await transition(tx, actor, now, {
      entity: "label",
      table: LABEL_TRANSITIONS,
      verb: "suspend",
      row: label,
      write: (where, to) =>
        tx.label.updateMany({
          where,
          data: {
            status: to,
            suspendedAt: now,
            suspendedUntil: until,
            suspendedById: who.personId,
            suspendedReason: input.reason,
          },
        }),
      audit: {
        reason: input.reason,
        until: input.until,
        previousUntil: label.suspendedUntil ? dateIn(label.suspendedUntil) : undefined,
      },
    });
    await queueNotifications(
      tx,
      now,
      toEach(await focalPointRecipients(tx, label.organisationId, now), {
        kind: "label_suspended",
        data: { labelId: label.id, number: label.number, reason: input.reason, until: input.until },
      }),
    );
    value.flaggedMissions = await flagUndepartedMissions(tx, now, label, { kind: "suspended", until: input.until });
    return { changed: true, value };
  });
}
