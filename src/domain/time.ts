import { DateTime } from "luxon";

/** The programme's reference time zone: DAECT is in Paris, and so are the deadlines. */
export const PARIS = "Europe/Paris";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date (YYYY-MM-DD) that exists. */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && DateTime.fromISO(value, { zone: PARIS }).isValid;
}

/** The calendar date of an instant in a time zone. */
export function dateIn(instant: Date, zone = PARIS): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate() ?? "";
}

/** Days from `from` to `to` (calendar dates), positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  const a = DateTime.fromISO(from, { zone: PARIS });
  const b = DateTime.fromISO(to, { zone: PARIS });
  return Math.round(b.diff(a, "days").days);
}

export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: PARIS }).plus({ days }).toISODate() ?? "";
}

/** The first instant of a calendar date in a zone (midnight, or later on a daylight-saving gap). */
export function startOfDate(date: string, zone = PARIS): Date {
  return DateTime.fromISO(date, { zone }).startOf("day").toJSDate();
}

/** The last instant of a calendar date in a zone. */
export function endOfDate(date: string, zone = PARIS): Date {
  return DateTime.fromISO(date, { zone }).endOf("day").toJSDate();
}
