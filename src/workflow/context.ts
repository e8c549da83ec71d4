import type { Db, Prisma } from "../db/client";

export type Tx = Prisma.TransactionClient;

/**
 * A transaction that runs raw statements only (inSqlTransaction): the helpers every verb calls take this, as they
 * write SQL, so a verb whose statements are all theirs or its own SQL may run without Prisma's transaction.
 */
export type SqlTx = Pick<Tx, "$queryRaw" | "$queryRawUnsafe" | "$executeRaw" | "$executeRawUnsafe">;

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const PLATFORMS = ["slack", "teams", "cli", "scheduler", "system"] as const;
export type Platform = (typeof PLATFORMS)[number];

/** A person acting from a chat platform: their roles decide what they may do. */
export interface PersonActor {
  personId: string;
  platform: "slack" | "teams";
}

declare const operatorMark: unique symbol;
/**
 * The installation's operator (the command line, the start-up bootstrap of ADMIN_EMAILS): administers as DAECT.
 * Only `operatorActor` (src/workflow/operator.ts) makes one, and only src/cli and the composition root may import
 * it (.dependency-cruiser.cjs), so no surface or verb gains rights by writing a platform string.
 */
export interface OperatorActor {
  personId: null;
  platform: "cli" | "system";
  readonly [operatorMark]: true;
}

/** The scheduler's sweeps: no person and no role; the verbs it runs check for it by name. */
export interface SchedulerActor {
  personId: null;
  platform: "scheduler";
}

/** Who calls a verb. */
export type Actor = PersonActor | OperatorActor | SchedulerActor;

export interface WorkflowSettings {
  labelValidityYears: number;
  /** TZ_DEFAULT: the zone people who set none read times in (Europe/Paris when unset). */
  defaultTimeZone?: string;
}

export interface WorkflowContext {
  db: Db;
  clock: Clock;
  settings: WorkflowSettings;
}

export const SYSTEM_ACTOR: SchedulerActor = { personId: null, platform: "scheduler" };
