import { DateTime, IANAZone } from "luxon";

/** Prompts stop at 20:00 local time and resume at 08:00 on the next working day. */
export const QUIET_FROM_HOUR = 20;
export const QUIET_UNTIL_HOUR = 8;
/** Luxon weekdays (1 = Monday … 7 = Sunday) with no prompt at all. */
export const QUIET_WEEKDAYS: readonly number[] = [6, 7];

export function isValidTimeZone(timeZone: string | null | undefined): timeZone is string {
  return typeof timeZone === "string" && timeZone.length > 0 && IANAZone.isValidZone(timeZone);
}

function localTime(at: Date, timeZone: string): DateTime {
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  if (!local.isValid) throw new RangeError(`unknown time zone: ${timeZone}`);
  return local;
}

function isQuietLocal(local: DateTime): boolean {
  return QUIET_WEEKDAYS.includes(local.weekday) || local.hour >= QUIET_FROM_HOUR || local.hour < QUIET_UNTIL_HOUR;
}

/** Whether a prompt at this instant would reach the recipient at night or at the weekend, in their zone. */
export function isQuiet(at: Date, timeZone: string): boolean {
  return isQuietLocal(localTime(at, timeZone));
}

/**
 * The instant itself when a prompt is allowed then, else the next 08:00 of a working day in the
 * recipient's zone. The wall-clock 08:00 is built from the calendar date, so a daylight-saving change
 * in between moves the UTC instant, not the local hour.
 */
export function nextAllowedInstant(at: Date, timeZone: string): Date {
  const local = localTime(at, timeZone);
  if (!isQuietLocal(local)) return at;
  let day = local.startOf("day");
  if (local.hour >= QUIET_UNTIL_HOUR) day = day.plus({ days: 1 });
  while (QUIET_WEEKDAYS.includes(day.weekday)) day = day.plus({ days: 1 });
  return DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day, hour: QUIET_UNTIL_HOUR },
    { zone: timeZone },
  ).toJSDate();
}
