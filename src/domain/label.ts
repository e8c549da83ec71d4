import { DateTime } from "luxon";
import { DomainError } from "./errors";
import type { TransitionTable } from "./lifecycle";
import { dateIn, PARIS } from "./time";

export const LABEL_STATES = ["active", "suspended", "expired", "revoked"] as const;
export type LabelState = (typeof LABEL_STATES)[number];
export const LABEL_SOURCES = ["expect", "pact2", "pact3"] as const;
export type LabelSource = (typeof LABEL_SOURCES)[number];

export type LabelVerb = "expire" | "revoke" | "suspend" | "reinstate";

/**
 * §3: a label is created active (on approval, L7) and ends once, for good: the scheduler expires it at the end
 * of its validity, or DAECT revokes it before. An expired or revoked label is history: it is not revoked again.
 * In between, DAECT may suspend it until a date, say why, move that date (suspend again) or lift it early
 * (reinstate). A suspension needs no job to end: past its date the label reads as active (`labelStateAt`), and
 * its row keeps "suspended" until the next verb, which is why every verb from "active" also starts from there.
 */
export const LABEL_TRANSITIONS: TransitionTable<LabelState, LabelVerb> = {
  expire: { from: ["active", "suspended"], to: "expired" },
  revoke: { from: ["active", "suspended"], to: "revoked", needsComment: true },
  suspend: { from: ["active", "suspended"], to: "suspended", needsComment: true },
  reinstate: { from: ["suspended"], to: "active" },
};

/** L8: a label imported from a former programme arrives active only while its validity runs. */
export function importedLabelState(validUntil: Date, now: Date): LabelState {
  return validUntil.getTime() < now.getTime() ? "expired" : "active";
}

/** Former labelling campaigns ran every 3 years; EXPE-CT keeps that validity unless configured otherwise. */
export const DEFAULT_LABEL_VALIDITY_YEARS = 3;

/** Diploma numbers: EXPE-CT-<year of decision>-<4-digit sequence of that year>. */
export function formatLabelNumber(year: number, sequence: number): string {
  return `EXPE-CT-${year}-${String(sequence).padStart(4, "0")}`;
}

/** The label is valid through the end of the day before the same date `years` later, Paris time. */
export function labelValidUntil(decidedAt: Date, years = DEFAULT_LABEL_VALIDITY_YEARS): Date {
  return DateTime.fromJSDate(decidedAt, { zone: PARIS })
    .plus({ years })
    .startOf("day")
    .minus({ milliseconds: 1 })
    .toJSDate();
}

export interface LabelFacts {
  status: string;
  validUntil: Date;
  /** The last instant of a suspension; absent or null when the label is not suspended. */
  suspendedUntil?: Date | null;
}

/**
 * The state a label is in at `now`, as people and rules read it: the stored state, except that a label past its
 * validity reads as expired and a suspension past its date as active, with no job to rewrite the row.
 */
export function labelStateAt(label: LabelFacts, now: Date): LabelState {
  if (label.status === "revoked") return "revoked";
  if (label.status === "expired" || label.validUntil.getTime() < now.getTime()) return "expired";
  if (label.status === "suspended" && label.suspendedUntil && label.suspendedUntil.getTime() >= now.getTime()) {
    return "suspended";
  }
  return "active";
}

/** Only an active label within its validity, not suspended, can be used to send a mission (M1, M4, §3). */
export function isLabelUsable(label: LabelFacts, now: Date): boolean {
  return labelStateAt(label, now) === "active";
}

/** M4: the refusal, in the domain's words, of sending a body whose label is not usable; nothing when it is. */
export function assertLabelUsable(
  label: LabelFacts & { number: string; revokedAt?: Date | null },
  now: Date,
  field = "labelId",
): void {
  const state = labelStateAt(label, now);
  if (state === "active") return;
  if (state === "suspended" && label.suspendedUntil) {
    throw new DomainError("label_suspended", { number: label.number, date: dateIn(label.suspendedUntil) }, field);
  }
  if (state === "revoked") {
    const date = label.revokedAt ? dateIn(label.revokedAt) : undefined;
    throw new DomainError("label_revoked", { number: label.number, date }, field);
  }
  throw new DomainError("label_not_active", { number: label.number }, field);
}

/**
 * A suspension runs through the end of its date (Paris) and that date must be after today: suspending "until
 * today" would change nothing a person could see. Gives the last instant of the suspension.
 */
export function suspensionEnd(until: string, now: Date, field = "until"): Date {
  if (until <= dateIn(now)) throw new DomainError("invalid_input", { field, reason: "not_after_today" }, field);
  return DateTime.fromISO(until, { zone: PARIS }).endOf("day").toJSDate();
}

/** Whole days left before expiry, as a person counts them in Paris (0 on the last day). */
export function daysUntilExpiry(label: LabelFacts, now: Date): number {
  const end = DateTime.fromJSDate(label.validUntil, { zone: PARIS }).startOf("day");
  const today = DateTime.fromJSDate(now, { zone: PARIS }).startOf("day");
  return Math.round(end.diff(today, "days").days);
}

/** How close to its end a label may be renewed: the first expiry warning (90 days) offers it. */
export const RENEWAL_WINDOW_DAYS = 90;

/**
 * A body may apply to renew a label nearing its end or ended, and any PACT 2/3 label (L8: their holders re-apply);
 * a revoked label is not renewed, the body applies afresh.
 */
export function isRenewable(label: LabelFacts & { source: string }, now: Date): boolean {
  const state = labelStateAt(label, now);
  if (state === "revoked") return false;
  if (label.source !== "expect" || state === "expired") return true;
  return daysUntilExpiry(label, now) <= RENEWAL_WINDOW_DAYS;
}
