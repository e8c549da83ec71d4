import type { WorkflowContext } from "../context";
import { claimPrompts } from "./claim-prompts";
import { type Plan, planPrompts, type SweepJob } from "./plan-prompts";
import { type ReminderOptions, resolveReminderOptions } from "./prompt";

export interface SweepSummary {
  /** Prompts claimed and queued by this run, by policy kind. */
  queued: Record<string, number>;
  /** Of those, queued for the recipient's next allowed moment (night, weekend). */
  heldForQuietHours: number;
  snoozed: number;
  alreadySent: number;
}

async function sweep(ctx: WorkflowContext, job: SweepJob, options: ReminderOptions): Promise<SweepSummary> {
  const resolved = resolveReminderOptions(options);
  const now = ctx.clock.now();
  const plan: Plan = await planPrompts(ctx.db, now, job, resolved);
  const toClaim = plan.planned.filter((p) => p.state.status === "send" || p.state.status === "quiet_hours");
  const claimed = new Set(await claimPrompts(ctx.db, now, toClaim, plan.stale, resolved.batchSize));
  const summary: SweepSummary = { queued: {}, heldForQuietHours: 0, snoozed: 0, alreadySent: 0 };
  for (const { prompt, state } of plan.planned) {
    if (claimed.has(prompt)) {
      summary.queued[prompt.kind] = (summary.queued[prompt.kind] ?? 0) + 1;
      if (state.status === "quiet_hours") summary.heldForQuietHours += 1;
    } else if (state.status === "snoozed") summary.snoozed += 1;
    else summary.alreadySent += 1;
  }
  return summary;
}

/**
 * The reminder sweep: report prompts to missionaries, escalation and reimbursement proposal to DAECT,
 * validation reminders to focal points, and the follow-up of ended snoozes. Each prompt is claimed at
 * most once, whichever process runs the sweep and however often; delivery applies quiet hours.
 */
export function sweepReminders(ctx: WorkflowContext, options: ReminderOptions = {}): Promise<SweepSummary> {
  return sweep(ctx, "reminders", options);
}

/** Label expiry warnings to the focal points (90 and 30 days before by default), at most once each. */
export function sweepLabelWarnings(ctx: WorkflowContext, options: ReminderOptions = {}): Promise<SweepSummary> {
  return sweep(ctx, "labels", options);
}

export function queuedCount(summary: SweepSummary): number {
  return Object.values(summary.queued).reduce((a, b) => a + b, 0);
}
