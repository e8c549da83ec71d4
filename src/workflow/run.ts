import type { Tx, WorkflowContext } from "./context";

/**
 * Runs a verb's reads, checks, change, audit and outbox rows in one transaction at one instant, so a
 * refused call writes nothing and an accepted one writes everything.
 */
export function inTransaction<T>(ctx: WorkflowContext, fn: (tx: Tx, now: Date) => Promise<T>): Promise<T> {
  const now = ctx.clock.now();
  return ctx.db.$transaction((tx) => fn(tx, now), { timeout: 20_000, maxWait: 20_000 });
}

/** What every state-changing verb returns: false when the same call had already been applied. */
export interface VerbResult<T> {
  changed: boolean;
  value: T;
}
