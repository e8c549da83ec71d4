import type { Db, Prisma } from "../db/client";

export type Tx = Prisma.TransactionClient;

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const PLATFORMS = ["slack", "teams", "cli", "scheduler", "system"] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Who calls a verb: a known person, from a platform. The scheduler acts as the system (no person). */
export interface Actor {
  personId: string | null;
  platform: Platform;
}

export interface WorkflowSettings {
  labelValidityYears: number;
}

export interface WorkflowContext {
  db: Db;
  clock: Clock;
  settings: WorkflowSettings;
}

export const SYSTEM_ACTOR: Actor = { personId: null, platform: "scheduler" };
