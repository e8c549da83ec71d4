import type { WorkflowContext } from "../context";
import { checkNotificationData } from "../notification-kinds";

export interface IncidentAlert {
  /** What kind of error this is (its name and first stack frame, hashed): one alert per kind per hour. */
  kind: string;
  /** The reference the person was shown, so DAECT finds the log line with the stack. */
  reference: string;
  /** Which surface met it (slack, teams, cli…) and what it was doing. */
  surface: string;
  where: string;
  /** The error's name and first stack frame, for a person to read: never its message, which may hold user data. */
  summary: string;
}

const HOUR_MS = 3_600_000;

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "P2002" || (error instanceof Error && /UNIQUE constraint failed/i.test(error.message));
}

/**
 * Queues DAECT's alert about an unexpected error unless one for the same kind is queued this hour; true when DAECT
 * will hear of it (queued now, or already this hour). The outbox's unique dedupe key is the claim: of two instances
 * meeting the same error at once, one insert wins and the other finds the key taken, so the channel gets one alert.
 */
export async function alertDaectOnce(ctx: WorkflowContext, alert: IncidentAlert): Promise<boolean> {
  const now = ctx.clock.now();
  const hour = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS).toISOString().slice(0, 13);
  try {
    await ctx.db.outbox.create({
      data: {
        kind: "unexpected_error",
        channel: "daect",
        payload: JSON.stringify(checkNotificationData("unexpected_error", { ...alert, hour })),
        dedupeKey: `unexpected_error:${alert.kind}:${hour}`,
        nextAttemptAt: now,
        createdAt: now,
      },
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return true;
    throw error;
  }
}
