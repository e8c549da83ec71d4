import { endOfDate, PARIS } from "./time";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** R1: two calendar months after the return. */
export const REPORT_DELAY_MONTHS = 2;

/**
 * R1: the report deadline is the end of the last leg plus two calendar months, in Paris, clamped to the
 * end of a shorter month (31 Aug → 31 Oct, 31 Dec 2027 → 29 Feb 2028). The deadline day is included.
 */
export function computeReportDeadline(returnDate: string): string {
  const [year, month, day] = (ISO_DATE.exec(returnDate) ?? []).slice(1).map(Number);
  if (year === undefined || month === undefined || day === undefined || day < 1 || day > daysIn(year, month)) {
    throw new RangeError(`not a date: ${returnDate}`);
  }
  // Calendar arithmetic, no zone: a date plus months is the same everywhere (luxon spent ~0.1 ms a list line on it).
  const months = year * 12 + (month - 1) + REPORT_DELAY_MONTHS;
  const [y, m] = [Math.floor(months / 12), (months % 12) + 1];
  return [String(y).padStart(4, "0"), pad(m), pad(Math.min(day, daysIn(y, m)))].join("-");
}

const pad = (n: number) => String(n).padStart(2, "0");
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days in a month (1–12) of a year; 0 for a month that does not exist. */
function daysIn(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
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
