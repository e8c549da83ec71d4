import type { DomainError } from "../domain/errors";
import type { Locale } from "./catalog";
import { coreWords } from "./core-words";
import { formatDate, formatDateTime, intlLocale } from "./format";
import { describeRefusal } from "./refusal-text";

export { type Catalog, catalog, type KeyOf, type Locale, type Translator, translator } from "./catalog";
export { type CoreKey, coreCatalogs } from "./core-words";
export {
  countryLabel,
  formatDate,
  formatDateTime,
  formatInstant,
  formatSize,
  type Reader,
  readerZone,
  zoneName,
} from "./format";

/** The shared words; a surface translates with its own `translator(...coreCatalogs, itsCatalog)`. */
export const { t, word } = coreWords;
const { has, lookup } = coreWords;

export function toLocale(value: string | null | undefined): Locale {
  return value?.toLowerCase().startsWith("en") ? "en" : "fr";
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
  // Built once per locale: a NumberFormat costs ~30 µs to build, and the lists and Homes format a dozen counts.
  return (counts[locale] ??= new Intl.NumberFormat(locale === "en" ? "en-GB" : "fr-FR")).format(value);
}

const counts: Partial<Record<Locale, Intl.NumberFormat>> = {};

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
  // A rule about a whole group of fields (the missionaries) is shown under one of them: it names the group.
  if (error.code === "missionaries_head_count" && error.field) {
    return labelled(locale, error.field, t(locale, `error.${error.code}`, params));
  }
  const refusal = describeRefusal(error, params, locale, t, has);
  return refusal ?? t(locale, `error.${error.code}`, params);
}

/** A date or a date-time parameter of a refusal, shown as a date. */
const ISO_DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(T|$)/;
