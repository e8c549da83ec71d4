import { ZodError } from "zod";
import { directTransaction, lendDirectPath } from "../db/direct-reads";
import { DomainError } from "../domain/errors";
import type { SqlTx, Tx, WorkflowContext } from "./context";

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
 *
 * On SQLite the transaction's raw statements run on the driver directly (src/db/direct-reads.ts), inside the
 * transaction Prisma began: a verb's six or so statements cost ~0.5 ms of CPU each through Prisma.
 */
export function inTransaction<T>(ctx: WorkflowContext, fn: (tx: Tx, now: Date) => Promise<T>): Promise<T> {
  return withRetry(ctx, (now) => prismaTransaction(ctx, (tx) => fn(tx, now)));
}

/**
 * inTransaction for a verb whose statements are all raw SQL (the helpers' and its own): on SQLite the driver
 * itself begins and commits it (src/db/direct-reads.ts), which spares Prisma's interactive transaction (~0.3 ms
 * of CPU); on PostgreSQL it is Prisma's. The type keeps Prisma's model API out of it (see directTransaction).
 */
export function inSqlTransaction<T>(ctx: WorkflowContext, fn: (tx: SqlTx, now: Date) => Promise<T>): Promise<T> {
  return withRetry(ctx, async (now) => {
    const direct = await directTransaction<SqlTx, T>(ctx.db, (tx) => fn(tx, now));
    return direct ? direct.value : prismaTransaction(ctx, (tx) => fn(tx, now));
  });
}

async function withRetry<T>(ctx: WorkflowContext, run: (now: Date) => Promise<T>): Promise<T> {
  const now = ctx.clock.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await run(now);
    } catch (error) {
      if (error instanceof ZodError) throw new VerbBug(error);
      if (attempt === 1 && error instanceof DomainError && error.code === "conflict") continue;
      throw error;
    }
  }
}

/** Prisma's interactive transaction, whose raw statements run on SQLite's driver directly (lendDirectPath). */
function prismaTransaction<T>(ctx: WorkflowContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.db.$transaction(
    async (tx) => {
      const giveBack = lendDirectPath(ctx.db, tx);
      try {
        return await fn(tx);
      } finally {
        giveBack();
      }
    },
    { timeout: 20_000, maxWait: 20_000 },
  );
}

/** What every state-changing verb returns: false when the same call had already been applied. */
export interface VerbResult<T> {
  changed: boolean;
  value: T;
}
