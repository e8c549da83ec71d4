import { z } from "zod";
import { assertAllowed } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { alreadyDecided, conflict, found } from "../guard";
import { loadMission, transitionMission } from "../missions/mission-store";
import { queueNotifications, toEach } from "../notifications";
import { focalPointIds, loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId, ZOptionalText } from "../validate";

export const ZSettleReimbursementInput = z.object({
  missionId: ZId,
  outcome: z.enum(["paid", "waived"]),
  note: ZOptionalText(2000),
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
    if (row.status !== "requested")
      return alreadyDecided(tx, "reimbursement", row.status, row.settledById, row.settledAt);
    const { count } = await tx.reimbursement.updateMany({
      where: { id: row.id, status: "requested" },
      data: { status: input.outcome, settledById: who.personId, settledAt: now, note: input.note ?? row.note },
    });
    if (count === 0) conflict("reimbursement", row.id);
    await transitionMission(
      tx,
      actor,
      now,
      mission,
      input.outcome === "paid" ? "settle_reimbursement" : "waive_reimbursement",
    );
    await recordAudit(tx, actor, now, {
      entityType: "reimbursement",
      entityId: row.id,
      action: input.outcome,
      fromState: "requested",
      toState: input.outcome,
      data: { note: input.note },
    });
    await queueNotifications(
      tx,
      now,
      toEach(await focalPointIds(tx, mission.organisationId), {
        kind: "reimbursement_settled",
        missionId: mission.id,
        data: { outcome: input.outcome },
      }),
    );
    return { changed: true, value: { missionId: mission.id, outcome: input.outcome } };
  });
}
