import type { WorkflowContext } from "../context";
import { expireLabels } from "../labels/expire-labels";
import type { ReminderOptions } from "./prompt";
import { type SweepSummary, sweepLabelWarnings } from "./sweep-reminders";

/** The labels job: expiry warnings first (the last one falls on the last valid day), then expiry itself. */
export async function sweepLabels(
  ctx: WorkflowContext,
  options: ReminderOptions = {},
): Promise<{ warnings: SweepSummary; expired: string[] }> {
  const warnings = await sweepLabelWarnings(ctx, options);
  const { expired } = await expireLabels(ctx);
  return { warnings, expired };
}
