/** A pino-compatible subset, so tests can pass nothing and main.ts its logger. */
export interface DeliveryLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface DeliveryOptions {
  /** This process's name in Outbox.claimedBy (host and pid, say): several deliverers may run at once. */
  worker: string;
  /** TZ_DEFAULT: the zone of people who did not set theirs. */
  defaultTimeZone: string;
  /** Rows looked at per call. */
  batchSize?: number;
  /** How long a claim lasts; a crashed deliverer's rows are taken again after it. Keep it above send timeouts. */
  claimTtlMs?: number;
  /** Attempts before a row is dead-lettered and DAECT alerted. */
  maxAttempts?: number;
  /** Backoff after a failed attempt: base × 2^(attempt − 1), capped. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  log?: DeliveryLog;
}

export type ResolvedDeliveryOptions = Required<DeliveryOptions>;

const silent: DeliveryLog = { info: () => undefined, warn: () => undefined };

/**
 * Ten attempts spaced 1, 2, 4 … 60 minutes apart ride out about four hours of platform outage before a
 * person is declared unreachable.
 */
export const DELIVERY_DEFAULTS = {
  batchSize: 50,
  claimTtlMs: 2 * 60_000,
  maxAttempts: 10,
  retryBaseMs: 60_000,
  retryMaxMs: 60 * 60_000,
} as const;

export function resolveDeliveryOptions(options: DeliveryOptions): ResolvedDeliveryOptions {
  return {
    worker: options.worker,
    defaultTimeZone: options.defaultTimeZone,
    batchSize: options.batchSize ?? DELIVERY_DEFAULTS.batchSize,
    claimTtlMs: options.claimTtlMs ?? DELIVERY_DEFAULTS.claimTtlMs,
    maxAttempts: options.maxAttempts ?? DELIVERY_DEFAULTS.maxAttempts,
    retryBaseMs: options.retryBaseMs ?? DELIVERY_DEFAULTS.retryBaseMs,
    retryMaxMs: options.retryMaxMs ?? DELIVERY_DEFAULTS.retryMaxMs,
    log: options.log ?? silent,
  };
}

/** Delay before attempt `attempt + 1` after attempt `attempt` failed. */
export function retryDelayMs(
  attempt: number,
  options: Pick<ResolvedDeliveryOptions, "retryBaseMs" | "retryMaxMs">,
): number {
  return Math.min(options.retryBaseMs * 2 ** Math.max(0, attempt - 1), options.retryMaxMs);
}
