import { isPastDeadline } from "./deadline";
import { DomainError } from "./errors";
import type { TransitionTable } from "./lifecycle";
import { daysBetween } from "./time";

/** A missionary's request for more time to report: created pending, decided once by DAECT. */
export const EXTENSION_STATES = ["pending", "granted", "refused"] as const;
export type ExtensionState = (typeof EXTENSION_STATES)[number];

export type ExtensionVerb = "grant" | "refuse";

export const EXTENSION_TRANSITIONS: TransitionTable<ExtensionState, ExtensionVerb> = {
  grant: { from: ["pending"], to: "granted" },
  refuse: { from: ["pending"], to: "refused" },
};

/**
 * A granted extension names its new deadline (a Paris calendar date, inclusive): later than the current one and
 * not already past, or it would grant nothing.
 */
export function checkExtendedDeadline(current: string, newDeadline: string | undefined, now: Date): string {
  if (!newDeadline) throw new DomainError("invalid_input", { field: "newDeadline" }, "newDeadline");
  if (daysBetween(current, newDeadline) <= 0 || isPastDeadline(newDeadline, now)) {
    throw new DomainError("date_order", { start: current, end: newDeadline }, "newDeadline");
  }
  return newDeadline;
}
