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
