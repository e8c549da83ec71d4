import { DomainError } from "./errors";
import type { TransitionTable } from "./lifecycle";
import { daysBetween, isIsoDate } from "./time";

export const MISSION_STATES = [
  "draft",
  "awaiting_embassy",
  "validated",
  "refused",
  "confirmed",
  "in_progress",
  "report_due",
  "report_submitted",
  "report_validated",
  "closed",
  "cancelled",
  "report_overdue",
  "reimbursement_requested",
  "reimbursed",
  "waived",
] as const;
export type MissionState = (typeof MISSION_STATES)[number];

export type MissionVerb =
  | "submit_to_embassy"
  | "edit"
  | "embassy_validate"
  | "embassy_refuse"
  | "confirm"
  | "depart"
  | "record_return"
  | "submit_report"
  | "validate_report"
  | "return_report"
  | "close"
  | "cancel"
  | "mark_overdue"
  | "extend_deadline"
  | "request_reimbursement"
  | "settle_reimbursement"
  | "waive_reimbursement";

const BEFORE_DEPARTURE = ["draft", "awaiting_embassy", "validated", "refused", "confirmed"] as const;

/**
 * The mission life cycle of DESIGN.md §3. "returned" and "report_due" are one state here: recording the
 * return is what opens the two-month report window (R1), so there is nothing to do in between.
 * A late report is accepted while a reimbursement is pending (R2): the mission keeps its state and
 * DAECT decides whether to waive.
 */
export const MISSION_TRANSITIONS: TransitionTable<MissionState, MissionVerb> = {
  submit_to_embassy: { from: ["draft"], to: "awaiting_embassy" },
  // An edit after the embassy saw the mission needs a new embassy decision.
  edit: { from: ["draft", "awaiting_embassy", "validated", "refused", "confirmed"], to: "awaiting_embassy" },
  embassy_validate: { from: ["awaiting_embassy"], to: "validated" },
  // M1: the body and DAECT must learn why the embassy said no.
  embassy_refuse: { from: ["awaiting_embassy"], to: "refused", needsComment: true },
  confirm: { from: ["validated"], to: "confirmed" },
  depart: { from: ["confirmed"], to: "in_progress" },
  record_return: { from: ["confirmed", "in_progress"], to: "report_due" },
  submit_report: { from: ["report_due", "report_overdue"], to: "report_submitted" },
  validate_report: { from: ["report_submitted"], to: "report_validated" },
  return_report: { from: ["report_submitted"], to: "report_due" },
  close: { from: ["report_validated", "reimbursed", "waived"], to: "closed" },
  cancel: { from: BEFORE_DEPARTURE, to: "cancelled" },
  mark_overdue: { from: ["report_due"], to: "report_overdue" },
  extend_deadline: { from: ["report_due", "report_overdue"], to: "report_due" },
  request_reimbursement: { from: ["report_overdue"], to: "reimbursement_requested" },
  settle_reimbursement: { from: ["reimbursement_requested"], to: "reimbursed" },
  waive_reimbursement: { from: ["reimbursement_requested"], to: "waived" },
};

/** States in which a report may still be written (a late one included, R2). */
export const REPORT_OPEN_STATES: readonly MissionState[] = ["report_due", "report_overdue", "reimbursement_requested"];
/** Files still open: everything but the two final states (reimbursed and waived files still wait to be closed). */
export const ACTIVE_MISSION_STATES: readonly MissionState[] = MISSION_STATES.filter(
  (s) => s !== "closed" && s !== "cancelled",
);

export const MISSION_NATURES = ["expertise_request", "seminar", "other"] as const;
export const LEG_KINDS = ["outbound", "hosting"] as const;
export type LegKind = (typeof LEG_KINDS)[number];

/** M4 */
export const MIN_PEOPLE = 1;
export const MAX_PEOPLE = 2;
export const MAX_LEG_DAYS = 7;

export interface LegInput {
  kind: LegKind;
  startDate: string;
  endDate: string;
  peopleCount: number;
}

/**
 * M3/M4: a course of one or more legs (abroad, or hosting a foreign delegation), in order, not
 * overlapping, each for 1 or 2 people and one week at most (start and end days both count).
 * `today` is the Paris calendar date: a new course cannot start in the past.
 */
export function checkCourse(legs: readonly LegInput[], today: string): void {
  if (legs.length === 0) throw new DomainError("invalid_input", { field: "legs" }, "legs");
  if (!legs.some((leg) => leg.kind === "outbound")) {
    // Hosting alone is not a mission: M3 describes hosting before or after a mission abroad.
    throw new DomainError("invalid_input", { field: "legs", reason: "no_outbound_leg" }, "legs");
  }
  let previousEnd: string | undefined;
  legs.forEach((leg, index) => {
    const field = `legs.${index}`;
    if (!isIsoDate(leg.startDate) || !isIsoDate(leg.endDate)) {
      throw new DomainError("invalid_input", { field }, field);
    }
    if (leg.peopleCount < MIN_PEOPLE || leg.peopleCount > MAX_PEOPLE || !Number.isInteger(leg.peopleCount)) {
      throw new DomainError(
        "travellers_out_of_range",
        { count: leg.peopleCount, max: MAX_PEOPLE },
        `${field}.peopleCount`,
      );
    }
    const span = daysBetween(leg.startDate, leg.endDate);
    if (span < 0) throw new DomainError("date_order", { start: leg.startDate, end: leg.endDate }, `${field}.endDate`);
    if (span + 1 > MAX_LEG_DAYS) {
      throw new DomainError("leg_too_long", { days: span + 1, max: MAX_LEG_DAYS }, `${field}.endDate`);
    }
    if (daysBetween(today, leg.startDate) < 0) {
      throw new DomainError("date_in_past", { date: leg.startDate }, `${field}.startDate`);
    }
    if (previousEnd && daysBetween(previousEnd, leg.startDate) < 0) {
      throw new DomainError("legs_overlap", { position: index + 1 }, `${field}.startDate`);
    }
    previousEnd = leg.endDate;
  });
}

/** M4: the people who travel are the mission's missionaries: 1 or 2 of them. */
export function checkMissionaries(count: number): void {
  if (count < MIN_PEOPLE || count > MAX_PEOPLE) {
    throw new DomainError("travellers_out_of_range", { count, max: MAX_PEOPLE }, "missionaries");
  }
}

/**
 * M4 against the course: the missionaries are the body's people who travel, so as many are named as the most
 * numerous leg abroad sends; every one goes abroad, and a smaller leg takes some of them. A hosting leg's head-count
 * is the foreign representatives received (seed: "l'accueil … d'un ou deux représentants"): it counts no
 * missionary. Checked after `checkCourse`, which guarantees a leg abroad.
 */
export function checkHeadCount(legs: readonly LegInput[], missionaryCount: number): void {
  let largest: { position: number; peopleCount: number } | undefined;
  legs.forEach((leg, index) => {
    if (leg.kind === "outbound" && (!largest || leg.peopleCount > largest.peopleCount)) {
      largest = { position: index + 1, peopleCount: leg.peopleCount };
    }
  });
  if (largest && missionaryCount !== largest.peopleCount) {
    throw new DomainError(
      "missionaries_head_count",
      { count: missionaryCount, expected: largest.peopleCount, leg: largest.position },
      "missionaries",
    );
  }
}

export function courseSpan(legs: readonly LegInput[]): { startDate: string; endDate: string } {
  const starts = legs.map((l) => l.startDate).sort();
  const ends = legs.map((l) => l.endDate).sort();
  return { startDate: starts[0] ?? "", endDate: ends[ends.length - 1] ?? "" };
}
