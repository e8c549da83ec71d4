import { ZodError } from "zod";
import { DomainError } from "../domain/errors";
import type { Tx, WorkflowContext } from "./context";

/**
 * A verb's own data failing one of its schemas is a bug, not a refusal: it leaves the verb as this error, which the
 * surfaces show as an unexpected error with a reference, never in zod's wording (inputs are checked by parseInput).
 */
export class VerbBug extends Error {
  constructor(cause: ZodError) {
    super("A verb's own data failed its schema", { cause });
    this.name = "VerbBug";
    if (cause.stack) this.stack = `${this.name}: ${this.message}\ncaused by: ${cause.stack}`;
  }
}

/**
 * Runs a verb's reads, checks, change, audit and outbox rows in one transaction at one instant, so a
 * refused call writes nothing and an accepted one writes everything.
 *
 * A verb that lost a race (its conditional update matched no row: another call changed the row after this one
 * read it) runs once more. SQLite queues a process's transactions, so there the loser reads the winner's change;
 * PostgreSQL (or a second process) runs them side by side, and the second run's reads see the winner's commit, so
 * the loser answers as it would have queued: "already decided by…", or nothing to do.
 */
export async function inTransaction<T>(ctx: WorkflowContext, fn: (tx: Tx, now: Date) => Promise<T>): Promise<T> {
  const now = ctx.clock.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.db.$transaction((tx) => fn(tx, now), { timeout: 20_000, maxWait: 20_000 });
    } catch (error) {
      if (error instanceof ZodError) throw new VerbBug(error);
      if (attempt === 1 && error instanceof DomainError && error.code === "conflict") continue;
      throw error;
    }
  }
}

/** What every state-changing verb returns: false when the same call had already been applied. */
export interface VerbResult<T> {
  changed: boolean;
  value: T;
}
