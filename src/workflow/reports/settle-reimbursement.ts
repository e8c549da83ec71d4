import { z } from "zod";
import { canTransition } from "../../domain/lifecycle";
import { LIMITS } from "../../domain/limits";
import { REIMBURSEMENT_TRANSITIONS, type ReimbursementState } from "../../domain/reimbursement";
import { assertAllowed } from "../../domain/roles";
import type { Actor, WorkflowContext } from "../context";
import { alreadyDecided, found } from "../guard";
import { loadMission, transitionMission } from "../missions/mission-store";
import { queueNotifications, toEach } from "../notifications";
import { focalPointRecipients, loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { transition } from "../transition";
import { parseInput, ZId, ZOptionalText } from "../validate";

export const ZSettleReimbursementInput = z.object({
  missionId: ZId,
  outcome: z.enum(["paid", "waived"]),
  note: ZOptionalText(LIMITS.settlementNote),
});

/** R2: the body paid back, or DAECT waives the request (typically after a late report). */
export async function settleReimbursement(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZSettleReimbursementInput>,
): Promise<VerbResult<{ missionId: string; outcome: "paid" | "waived" }>> {
  const input = parseInput(ZSettleReimbursementInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    assertAllowed("reimbursement.manage", who);
    const mission = await loadMission(tx, input.missionId);
    const row = found(
      await tx.reimbursement.findUnique({ where: { missionId: mission.id } }),
      "reimbursement",
      mission.id,
    );
    if (row.status === input.outcome)
      return { changed: false, value: { missionId: mission.id, outcome: input.outcome } };
    const verb = input.outcome === "paid" ? "pay" : "waive";
    if (!canTransition(REIMBURSEMENT_TRANSITIONS, verb, row.status as ReimbursementState))
      return alreadyDecided(tx, "reimbursement", row.status, row.settledById, row.settledAt);
    await transition(tx, actor, now, {
      entity: "reimbursement",
      table: REIMBURSEMENT_TRANSITIONS,
      verb,
      row,
      write: (where, to) =>
        tx.reimbursement.updateMany({
          where,
          data: { status: to, settledById: who.personId, settledAt: now, note: input.note ?? row.note },
        }),
      audit: { note: input.note },
      action: input.outcome,
    });
    await transitionMission(tx, actor, now, mission, verb === "pay" ? "settle_reimbursement" : "waive_reimbursement");
    await queueNotifications(
      tx,
      now,
      toEach(await focalPointRecipients(tx, mission.organisationId, now), {
        kind: "reimbursement_settled",
        missionId: mission.id,
        data: { outcome: input.outcome },
      }),
    );
    return { changed: true, value: { missionId: mission.id, outcome: input.outcome } };
  });
}
