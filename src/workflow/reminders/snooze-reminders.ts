import { z } from "zod";
import { DomainError } from "../../domain/errors";
import { checkSnooze, DEFAULT_REMINDER_POLICY, isSnoozable, type ReminderPolicy } from "../../domain/reminder-policy";
import { assertAllowed } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { loadMission, missionSubject } from "../missions/mission-store";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId } from "../validate";

export const ZSnoozeInput = z.object({ missionId: ZId, days: z.coerce.number().int() });

/**
 * "Remind me in N days" from a report prompt: no prompt to this person for this mission until then, one
 * reminder when it ends, and never past the deadline. Whoever may write the report may snooze its prompts.
 */
export async function snoozeReminders(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZSnoozeInput>,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): Promise<VerbResult<{ until: Date }>> {
  const input = parseInput(ZSnoozeInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    const mission = await loadMission(tx, input.missionId);
    assertAllowed("report.submit", who, missionSubject(mission));
    if (!isSnoozable(mission.status) || !mission.reportDeadline) {
      throw new DomainError("wrong_state", { entity: "mission", state: mission.status, action: "snooze" });
    }
    const until = checkSnooze(now, input.days, mission.reportDeadline, policy);
    const key = { missionId: mission.id, personId: who.personId };
    const existing = await tx.snooze.findUnique({ where: { missionId_personId: key } });
    if (existing && existing.until.getTime() === until.getTime()) {
      return { changed: false, value: { until: existing.until } };
    }
    await tx.snooze.upsert({ where: { missionId_personId: key }, create: { ...key, until }, update: { until } });
    await recordAudit(tx, actor, now, {
      entityType: "mission",
      entityId: mission.id,
      action: "snooze_reminders",
      data: { days: input.days, until: until.toISOString() },
    });
    return { changed: true, value: { until } };
  });
}
