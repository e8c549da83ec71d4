import { DateTime, IANAZone } from "luxon";

/** The programme's reference time zone: DAECT is in Paris, and so are the deadlines. */
export const PARIS = "Europe/Paris";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date (YYYY-MM-DD) that exists. */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && DateTime.fromISO(value, { zone: PARIS }).isValid;
}

/** "YYYY-MM-DD" formatters by zone, built once (~0.1 ms each): the App Home asks today's date on every view. */
const dateFormats = new Map<string, Intl.DateTimeFormat | null>();
function dateFormat(zone: string): Intl.DateTimeFormat | null {
  let format = dateFormats.get(zone);
  if (format === undefined) {
    format = IANAZone.isValidZone(zone) ? new Intl.DateTimeFormat("en-CA", { timeZone: zone }) : null;
    dateFormats.set(zone, format);
  }
  return format;
}

/** The calendar date of an instant in a time zone. */
export function dateIn(instant: Date, zone = PARIS): string {
  const format = dateFormat(zone);
  if (format && !Number.isNaN(instant.getTime())) return format.format(instant);
  return DateTime.fromJSDate(instant, { zone }).toISODate() ?? "";
}

/** A calendar date as days since 1970-01-01: calendar arithmetic, the same in every zone. */
function dayNumber(date: string): number | null {
  const match = ISO_DATE.test(date) ? date.split("-").map(Number) : null;
  if (!match) return null;
  const [y, m, d] = match as [number, number, number];
  const utc = new Date(Date.UTC(y, m - 1, d));
  return utc.getUTCDate() === d && utc.getUTCMonth() === m - 1 ? utc.getTime() / 86_400_000 : null;
}

/** Days from `from` to `to` (calendar dates), positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  const [a, b] = [dayNumber(from), dayNumber(to)];
  if (a !== null && b !== null) return b - a;
  return Math.round(DateTime.fromISO(to, { zone: PARIS }).diff(DateTime.fromISO(from, { zone: PARIS }), "days").days);
}

export function addDays(date: string, days: number): string {
  const day = dayNumber(date);
  if (day !== null && Number.isInteger(days)) return new Date((day + days) * 86_400_000).toISOString().slice(0, 10);
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

/** A date as people type it, JJ/MM/AAAA (or with . or -) or AAAA-MM-JJ, as YYYY-MM-DD; null when it is none. */
export function typedDate(text: string): string | null {
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(text.trim());
  const iso = french ? `${french[3]}-${french[2]?.padStart(2, "0")}-${french[1]?.padStart(2, "0")}` : text.trim();
  return isIsoDate(iso) ? iso : null;
}
