import type { z } from "zod";
import { LABEL_TRANSITIONS, labelStateAt } from "../../domain/label";
import { assertAllowed } from "../../domain/roles";
import type { Actor, WorkflowContext } from "../context";
import { queueNotifications, toEach } from "../notifications";
import { focalPointRecipients, loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { transition } from "../transition";
import { parseInput } from "../validate";
import { loadLabelByRef, ZLabelRef } from "./label-decision";

/**
 * DAECT lifts a suspension before its date: the label is active again at once and its focal points are told. A
 * suspension that already ran out is tidied the same way, without telling anyone: the label was active already.
 */
export async function reinstateLabel(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZLabelRef>,
): Promise<VerbResult<{ labelId: string; number: string }>> {
  const input = parseInput(ZLabelRef, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    assertAllowed("label.revoke", await loadActor(tx, actor));
    const label = await loadLabelByRef(tx, input);
    const value = { labelId: label.id, number: label.number };
    const wasSuspended = labelStateAt(label, now) === "suspended";
    await transition(tx, actor, now, {
      entity: "label",
      table: LABEL_TRANSITIONS,
      verb: "reinstate",
      row: label,
      write: (where, to) =>
        tx.label.updateMany({
          where,
          data: { status: to, suspendedAt: null, suspendedUntil: null, suspendedById: null, suspendedReason: null },
        }),
      audit: { early: wasSuspended },
    });
    if (wasSuspended) {
      await queueNotifications(
        tx,
        now,
        toEach(await focalPointRecipients(tx, label.organisationId, now), {
          kind: "label_reinstated",
          data: { labelId: label.id, number: label.number },
        }),
      );
    }
    return { changed: true, value };
  });
}
