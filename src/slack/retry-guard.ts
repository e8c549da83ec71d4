import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";

/**
 * Why this exists: Slack re-delivers an Events API payload (same `event_id`, header `X-Slack-Retry-Num`, reason in
 * `X-Slack-Retry-Reason`) immediately, after 1 minute and after 5 minutes when it did not get a 2xx within 3 s.
 * Bolt does not filter retries: it only copies them to `context.retryNum` / `context.retryReason`. With
 * `processBeforeResponse: false` Bolt answers 200 for events *before* our listeners run, so a retry means either
 * that the first delivery never reached any instance (connection, TLS, redirect failures, or a non-2xx that we only
 * send before listeners run: bad signature, unreadable body), or that it did arrive but was slow (`http_timeout`, or
 * a reason we cannot interpret). Only the first family is processed; everything else is dropped, so a retry never
 * repeats an effect. Within one process the same `event_id` is never processed twice, whatever the headers say.
 *
 * Slash commands and interactivity (block_actions, view_submission) are never retried by Slack: a missed ack shows
 * an error to the user instead, so they pass straight through.
 */
const FIRST_DELIVERY_NEVER_RAN = new Set(["connection_failed", "ssl_error", "too_many_redirects", "http_error"]);

/** Slack stops retrying about 5 minutes after the first attempt; keep ids twice as long. */
const DEFAULT_TTL_MS = 10 * 60 * 1000;

export interface RetryGuardOptions {
  ttlMs?: number;
  now?: () => number;
}

export function createRetryGuard(options: RetryGuardOptions = {}): Middleware<AnyMiddlewareArgs> {
  const ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
  const now = options.now ?? Date.now;
  const seen = new Map<string, number>();

  const forgetExpired = (at: number) => {
    for (const [id, expiresAt] of seen) {
      if (expiresAt > at) break;
      seen.delete(id);
    }
  };

  return async ({ body, context, logger, next }) => {
    const eventId = (body as { type?: unknown; event_id?: unknown }).event_id;
    if ((body as { type?: unknown }).type !== "event_callback" || typeof eventId !== "string") {
      await next();
      return;
    }
    const at = now();
    forgetExpired(at);
    if (seen.has(eventId)) {
      logger.debug(`Slack event ${eventId} already handled here; ignoring redelivery`);
      return;
    }
    seen.set(eventId, at + ttlMs);
    const retryNum = context.retryNum ?? 0;
    const reason = context.retryReason ?? "unknown";
    if (retryNum > 0 && !FIRST_DELIVERY_NEVER_RAN.has(reason)) {
      logger.info(`Slack event ${eventId} retry #${retryNum} (${reason}) ignored: the first delivery was received`);
      return;
    }
    await next();
  };
}
