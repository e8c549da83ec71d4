import { z } from "zod";
import { LIMITS } from "../../domain/limits";
import { assertAllowed } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { loadMission, transitionMission } from "../missions/mission-store";
import { queueNotifications, toEach } from "../notifications";
import { focalPointRecipients, loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId, ZOptionalText } from "../validate";

export const ZRequestReimbursementInput = z.object({
  missionId: ZId,
  amountEuros: z.coerce.number().min(0).max(1_000_000).optional(),
  note: ZOptionalText(LIMITS.reimbursementNote),
});

/** R2: without the mandatory report, DAECT asks for the costs back (by default the recorded transport, M5). */
export async function requestReimbursement(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZRequestReimbursementInput>,
): Promise<VerbResult<{ missionId: string; amountCents: number }>> {
  const input = parseInput(ZRequestReimbursementInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    assertAllowed("reimbursement.manage", who);
    const mission = await loadMission(tx, input.missionId);
    const existing = await tx.reimbursement.findUnique({ where: { missionId: mission.id } });
    if (existing) return { changed: false, value: { missionId: mission.id, amountCents: existing.amountCents } };
    const amountCents =
      input.amountEuros === undefined ? mission.transportCostCents : Math.round(input.amountEuros * 100);
    await transitionMission(tx, actor, now, mission, "request_reimbursement", { audit: { amountCents } });
    const row = await tx.reimbursement.create({
      data: {
        missionId: mission.id,
        status: "requested",
        amountCents,
        requestedById: who.personId,
        requestedAt: now,
        note: input.note ?? null,
      },
    });
    await recordAudit(tx, actor, now, {
      entityType: "reimbursement",
      entityId: row.id,
      action: "request",
      toState: "requested",
      data: { amountCents, note: input.note },
    });
    await queueNotifications(
      tx,
      now,
      toEach(await focalPointRecipients(tx, mission.organisationId, now), {
        kind: "reimbursement_requested",
        missionId: mission.id,
        data: { amountCents },
      }),
    );
    return { changed: true, value: { missionId: mission.id, amountCents } };
  });
}
