import { DateTime } from "luxon";
import { endOfDate, PARIS } from "./time";

/** R1: two calendar months after the return. */
export const REPORT_DELAY_MONTHS = 2;

/**
 * R1: the report deadline is the end of the last leg plus two calendar months, in Paris, clamped to the
 * end of a shorter month (31 Aug → 31 Oct, 31 Dec 2027 → 29 Feb 2028). The deadline day is included.
 */
export function computeReportDeadline(returnDate: string): string {
  const date = DateTime.fromISO(returnDate, { zone: PARIS });
  if (!date.isValid) throw new RangeError(`not a date: ${returnDate}`);
  // Luxon adds calendar months and clamps to the last day of the target month.
  return date.plus({ months: REPORT_DELAY_MONTHS }).toISODate() ?? "";
}

/** The last instant at which a report is on time: the deadline day's end, Paris time. */
export function deadlineInstant(deadline: string): Date {
  return endOfDate(deadline, PARIS);
}

export function isPastDeadline(deadline: string, now: Date): boolean {
  return now.getTime() > deadlineInstant(deadline).getTime();
}

/** A file's report deadline as shown: the actual one once the return is recorded, else the one planned (R1). */
export interface ReportDue {
  date: string;
  /** True while the return is not recorded: the deadline follows from the last leg's planned end. */
  planned: boolean;
}

/** Files that will not travel as planned: no deadline to plan (a refused one waits for an edit and a new decision). */
const NO_PLANNED_DEADLINE = new Set(["refused", "cancelled"]);

/**
 * The deadline a file shows from the moment it is opened: the recorded one (the return, or an extension, set it),
 * else the last leg's end plus two months (R1), the date a return on the planned day would give.
 */
export function reportDueOf(mission: {
  status: string;
  endDate: string;
  reportDeadline: string | null;
}): ReportDue | null {
  if (mission.reportDeadline) return { date: mission.reportDeadline, planned: false };
  if (NO_PLANNED_DEADLINE.has(mission.status)) return null;
  try {
    return { date: computeReportDeadline(mission.endDate), planned: true };
  } catch {
    // A file without a valid end date (none is written so) shows no deadline rather than a wrong one.
    return null;
  }
}
