import { DateTime } from "luxon";
import type { TransitionTable } from "./lifecycle";
import { PARIS } from "./time";

export const LABEL_STATES = ["active", "expired", "revoked"] as const;
export type LabelState = (typeof LABEL_STATES)[number];
export const LABEL_SOURCES = ["expect", "pact2", "pact3"] as const;
export type LabelSource = (typeof LABEL_SOURCES)[number];

export type LabelVerb = "expire" | "revoke";

/**
 * §3: a label is created active (on approval, L7) and ends once, for good: the scheduler expires it at the end
 * of its validity, or DAECT revokes it before. An expired or revoked label is history: it is not revoked again.
 */
export const LABEL_TRANSITIONS: TransitionTable<LabelState, LabelVerb> = {
  expire: { from: ["active"], to: "expired" },
  revoke: { from: ["active"], to: "revoked" },
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
}

/** Only an active label within its validity can be used to send a mission (M1, §3). */
export function isLabelUsable(label: LabelFacts, now: Date): boolean {
  return label.status === "active" && label.validUntil.getTime() >= now.getTime();
}

/** Whole days left before expiry, as a person counts them in Paris (0 on the last day). */
export function daysUntilExpiry(label: LabelFacts, now: Date): number {
  const end = DateTime.fromJSDate(label.validUntil, { zone: PARIS }).startOf("day");
  const today = DateTime.fromJSDate(now, { zone: PARIS }).startOf("day");
  return Math.round(end.diff(today, "days").days);
}
