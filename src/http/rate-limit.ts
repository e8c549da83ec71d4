/**
 * A token bucket per client address: `capacity` requests at once, then `perMinute` a minute. The buckets live in
 * this process only: with several instances behind a load balancer a client gets up to that many times the rate,
 * which is still a rate, and the public verification page needs no more than to keep one address from reading
 * the register as fast as the database answers. A shared store would make every public read depend on it.
 */
export interface RateLimiter {
  /** Takes one token for `key`: 0 when allowed, else the whole seconds until the next token. */
  take(key: string): number;
}

export interface RateLimitOptions {
  perMinute: number;
  capacity?: number;
  /** Beyond this many addresses the least recently seen is forgotten, so a flood of addresses cannot fill memory. */
  maxClients?: number;
  /** Milliseconds; the workflow clock in tests. */
  now: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const capacity = options.capacity ?? options.perMinute;
  const perMs = options.perMinute / 60_000;
  const maxClients = options.maxClients ?? 10_000;
  const buckets = new Map<string, Bucket>();
  return {
    take(key) {
      const now = options.now();
      const bucket = buckets.get(key) ?? { tokens: capacity, at: now };
      // Re-inserted on every use: the Map's first key is then the least recently seen one.
      buckets.delete(key);
      bucket.tokens = Math.min(capacity, bucket.tokens + Math.max(0, now - bucket.at) * perMs);
      bucket.at = now;
      buckets.set(key, bucket);
      if (buckets.size > maxClients) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    },
  };
}
