import { DateTime, IANAZone } from "luxon";
import { PARIS } from "../domain/time";
import type { Locale } from "./catalog";
import { countryName } from "./countries";

/** Who reads a date, a time or a country: their language and their time zone (TZ_DEFAULT when they set none). */
export interface Reader {
  locale: Locale;
  timeZone: string;
}

export const intlLocale = (locale: Locale) => (locale === "en" ? "en-GB" : "fr-FR");
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Intl formatters are costly to build (~0.1 ms each, and luxon builds one per call): one per locale, zone and
 * style. Readers bring their own zones, so the cache is bounded: past the bound the oldest formatter goes.
 */
const MAX_FORMATTERS = 128;
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, timeZone: string, style: "date" | "dateTime"): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    // luxon's DATE_FULL and DATETIME_MED, which these replace.
    const options: Intl.DateTimeFormatOptions =
      style === "date"
        ? { year: "numeric", month: "long", day: "numeric" }
        : { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "numeric" };
    f = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone });
    if (formatters.size >= MAX_FORMATTERS) formatters.delete(formatters.keys().next().value as string);
    formatters.set(key, f);
  }
  return f;
}

/** Whether a zone is one Intl knows, asked once per zone (luxon's check builds a formatter on every call). */
const MAX_ZONES = 256;
const validZones = new Map<string, boolean>();
function isKnownZone(zone: string): boolean {
  let valid = validZones.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    if (validZones.size >= MAX_ZONES) validZones.delete(validZones.keys().next().value as string);
    validZones.set(zone, valid);
  }
  return valid;
}

/** The zone a person reads times in: their own when it is a real zone, else the installation's default. */
export function readerZone(timeZone: string | null | undefined, fallback: string = PARIS): string {
  if (timeZone && isKnownZone(timeZone)) return timeZone;
  return isKnownZone(fallback) ? fallback : PARIS;
}

/**
 * How a time says its zone when it is not Paris (the programme's, and DAECT's): by the zone's city, which a reader
 * recognises ("heure de Dakar", "New York time"), where Intl's short names say "UTC" or "GMT-5".
 */
export function zoneName(zone: string, locale: Locale): string {
  const city = zone.includes("/") ? (zone.split("/").pop() ?? zone).replaceAll("_", " ") : zone;
  return locale === "en" ? `${city} time` : `heure de ${city}`;
}

/**
 * Calendar dates as shown, per locale: a list shows two or three per line (~4 µs each through Intl), and the dates
 * of open files are few. Bounded like the formatters; a date's text never changes, so any instance may keep it.
 */
const MAX_SHOWN_DATES = 4096;
const shownDates = new Map<string, string>();

/** A date as a person reads it: 10 juin 2026 / 10 June 2026. A calendar date is the same day in every zone. */
export function formatDate(value: string | Date, locale: Locale, zone = PARIS): string {
  if (typeof value === "string") {
    const key = `${locale}|${value}`;
    const shown = shownDates.get(key);
    if (shown !== undefined) return shown;
    // A calendar date is the same day in every zone: read and shown in UTC.
    const date = ISO_DATE.exec(value);
    if (date) {
      const utc = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
      // 2026-02-30 rolls over to March: left to luxon, which calls it invalid.
      if (utc.getUTCDate() === Number(date[3])) {
        const text = formatter(locale, "UTC", "date").format(utc);
        if (shownDates.size >= MAX_SHOWN_DATES) shownDates.delete(shownDates.keys().next().value as string);
        shownDates.set(key, text);
        return text;
      }
    }
    return DateTime.fromISO(value, { zone }).setLocale(intlLocale(locale)).toLocaleString(DateTime.DATE_FULL);
  }
  if (Number.isNaN(value.getTime())) return DateTime.fromJSDate(value).toLocaleString(DateTime.DATE_FULL);
  return formatter(locale, zone, "date").format(value);
}

/** An instant in the reader's zone, the zone named when it is not Paris: "2 déc. 2026, 14:30 (heure de Dakar)". */
export function formatDateTime(value: Date, locale: Locale, zone = PARIS): string {
  if (Number.isNaN(value.getTime())) return DateTime.fromJSDate(value).toLocaleString(DateTime.DATETIME_MED);
  const shown = formatter(locale, zone, "dateTime").format(value);
  return zone === PARIS ? shown : `${shown} (${zoneName(zone, locale)})`;
}

/** An instant for a reader: `formatDateTime` in their language and zone. */
export function formatInstant(value: Date, reader: Reader): string {
  return formatDateTime(value, reader.locale, reader.timeZone);
}

/** A country as a reader names it ("Sénégal", "Senegal"); the code itself when no one has a name for it. */
export function countryLabel(code: string, locale: Locale): string {
  return countryName(code, locale) ?? code.toUpperCase();
}

/** A size in bytes as a person reads it: "10 Mo" / "10 MB", "0,2 Mo" / "0.2 MB" (one decimal under 10), "3 Ko" under 100 Ko. */
export function formatSize(bytes: unknown, locale: Locale): string {
  if (typeof bytes !== "number") return "";
  if (bytes < 100 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))} ${locale === "fr" ? "Ko" : "KB"}`;
  const megabytes = bytes / (1024 * 1024);
  const digits = megabytes < 10 && !Number.isInteger(megabytes) ? 1 : 0;
  const number = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits });
  return `${number.format(megabytes)} ${locale === "fr" ? "Mo" : "MB"}`;
}
