import type { WorkflowContext } from "../context";
import { planPrompts, type SweepJob } from "./plan-prompts";
import { type PromptRecipient, type PromptStatus, type ReminderOptions, resolveReminderOptions } from "./prompt";

export interface PlannedSend {
  job: SweepJob;
  recipient: PromptRecipient;
  /** The policy kind (report_14d_before, escalation…) and the notification the surfaces render. */
  kind: string;
  notification: string;
  /** Mission reference or label number. */
  reference: string;
  missionId: string | null;
  dueOn: string;
  state: PromptStatus;
}

const recipientLabel = (p: PlannedSend) => (p.recipient.type === "person" ? p.recipient.email : p.recipient.channel);

const ORDER: Record<PromptStatus["status"], number> = { send: 0, quiet_hours: 1, snoozed: 2, already_sent: 3 };

/**
 * The dry run: what the reminder and label sweeps would send at `at`, and why anything waits (quiet
 * hours, snooze, already sent). It reads only. It takes missions in their current states: a date far
 * ahead shows the prompts of today's states, not of the states the missions will have reached.
 */
export async function planSweep(ctx: WorkflowContext, at: Date, options: ReminderOptions = {}): Promise<PlannedSend[]> {
  const resolved = resolveReminderOptions(options);
  const out: PlannedSend[] = [];
  for (const job of ["reminders", "labels"] as const) {
    const { planned } = await planPrompts(ctx.db, at, job, resolved);
    for (const { prompt, state } of planned) {
      out.push({
        job,
        recipient: prompt.recipient,
        kind: prompt.kind,
        notification: prompt.notification,
        reference: prompt.reference,
        missionId: prompt.missionId,
        dueOn: prompt.dueOn,
        state,
      });
    }
  }
  return out.sort(
    (a, b) =>
      ORDER[a.state.status] - ORDER[b.state.status] ||
      a.reference.localeCompare(b.reference) ||
      a.kind.localeCompare(b.kind) ||
      recipientLabel(a).localeCompare(recipientLabel(b)),
  );
}
