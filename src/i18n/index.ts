import { DateTime } from "luxon";
import type { DomainError } from "../domain/errors";
import { PARIS } from "../domain/time";
import type { Locale } from "./catalog";
import { coreWords } from "./core-words";
import { describeRefusal } from "./refusal-text";

export { type Catalog, catalog, type KeyOf, type Locale, type Translator, translator } from "./catalog";
export { type CoreKey, coreCatalogs } from "./core-words";

/** The shared words; a surface translates with its own `translator(...coreCatalogs, itsCatalog)`. */
export const { t, word } = coreWords;
const { has, lookup } = coreWords;

export function toLocale(value: string | null | undefined): Locale {
  return value?.toLowerCase().startsWith("en") ? "en" : "fr";
}

const intlLocale = (locale: Locale) => (locale === "en" ? "en-GB" : "fr-FR");
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Intl formatters are costly to build (~0.1 ms each, and luxon builds one per call): one per locale, zone and
 * style, kept for the life of the process (a handful: two locales, a few zones).
 */
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
    formatters.set(key, f);
  }
  return f;
}

/** A date as a person reads it: 10 juin 2026 / 10 June 2026. */
export function formatDate(value: string | Date, locale: Locale, zone = PARIS): string {
  if (typeof value === "string") {
    // A calendar date is the same day in every zone: read and shown in UTC.
    const date = ISO_DATE.exec(value);
    if (date) {
      const utc = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
      // 2026-02-30 rolls over to March: left to luxon, which calls it invalid.
      if (utc.getUTCDate() === Number(date[3])) return formatter(locale, "UTC", "date").format(utc);
    }
    return DateTime.fromISO(value, { zone }).setLocale(intlLocale(locale)).toLocaleString(DateTime.DATE_FULL);
  }
  if (Number.isNaN(value.getTime())) return DateTime.fromJSDate(value).toLocaleString(DateTime.DATE_FULL);
  return formatter(locale, zone, "date").format(value);
}

export function formatDateTime(value: Date, locale: Locale, zone = PARIS): string {
  if (Number.isNaN(value.getTime())) return DateTime.fromJSDate(value).toLocaleString(DateTime.DATETIME_MED);
  return formatter(locale, zone, "dateTime").format(value);
}

const euroFormats = new Map<Locale, Intl.NumberFormat>();
export function formatEuros(cents: number, locale: Locale): string {
  let f = euroFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency: "EUR" });
    euroFormats.set(locale, f);
  }
  return f.format(cents / 100);
}

/** A count as a person reads it: 3 000 / 3,000. */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "fr-FR").format(value);
}

/**
 * A field's label from its schema path, as the form shows it: "experts.1.name" is "Expert 2 · Nom". Null for a path no form shows (the whole input, an id the form carries itself).
 */
export function fieldLabel(locale: Locale, path: string): string | null {
  const parts: string[] = [];
  const names: string[] = [];
  for (const segment of path.split(".")) {
    if (/^\d+$/.test(segment)) {
      // A row of a repeated group is named by its position; an item of a list of choices by the list.
      const row = lookup(locale, `field.${names.join(".")}.row`);
      if (row !== undefined) parts.splice(-1, 1, row.replace("{position}", String(Number(segment) + 1)));
      continue;
    }
    names.push(segment);
    const key = `field.${names.join(".")}`;
    const label = lookup(locale, key);
    if (label === undefined) return null;
    parts.push(label);
  }
  return parts.length ? parts.join(" · ") : null;
}

/** A field's message where its input is not in sight (a card notice, a DM, another field's block): its label first. */
export function labelled(locale: Locale, path: string, message: string): string {
  const label = fieldLabel(locale, path);
  return label ? t(locale, "field.labelled", { label, message }) : message;
}

/** The one-line, localised explanation of a domain error, for a DM, a card or a CLI message. */
export function describeError(error: DomainError, locale: Locale): string {
  const params: Record<string, string | number | undefined> = { ...error.params };
  if (typeof params.at === "string") params.at = formatDateTime(new Date(params.at), locale);
  // A state the catalog does not word is shown as the domain named it.
  if (typeof params.decision === "string")
    params.decision = lookup(locale, `state.${params.decision}`) ?? params.decision;
  if (typeof params.state === "string") params.state = lookup(locale, `state.${params.state}`) ?? params.state;
  for (const key of ["date", "start", "end", "deadline"]) {
    const value = params[key];
    if (typeof value === "string" && ISO_DATE_OR_TIME.test(value)) params[key] = formatDate(value.slice(0, 10), locale);
  }
  if (error.code === "invalid_input" && error.fieldErrors) {
    return Object.entries(error.fieldErrors)
      .map(([field, messages]) => labelled(locale, field, messages[locale]))
      .join("\n");
  }
  if (error.code === "invalid_input") {
    // A rule's refusal of one field (not a schema's): the reason in words, under the field's label when it has one.
    const field = typeof params.field === "string" ? params.field : "";
    const reason =
      typeof params.reason === "string" ? lookup(locale, `error.invalid_input.${params.reason}`) : undefined;
    const label = fieldLabel(locale, field);
    if (reason) return label ? t(locale, "field.labelled", { label, message: reason }) : reason;
    return label ? t(locale, "error.invalid_input", { label }) : t(locale, "error.invalid_input.unnamed");
  }
  const refusal = describeRefusal(error, params, locale, t, has);
  return refusal ?? t(locale, `error.${error.code}`, params);
}

/** A date or a date-time parameter of a refusal, shown as a date. */
const ISO_DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(T|$)/;
