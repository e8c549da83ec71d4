import { z } from "zod";
import { DomainError, type FieldErrors } from "../domain/errors";
import { LIMITS } from "../domain/limits";
import { formatCount, type Locale, t } from "../i18n";

const COUNTRY_CODE = /^[A-Za-z]{2}$/;

/**
 * What is wrong with a value, in the words of src/i18n/messages/fields.ts: zod's own wording names types and
 * internal formats ("expected boolean, received undefined"), which a person filling a form cannot act on.
 */
function issueMessage(issue: z.core.$ZodIssue, locale: Locale): string {
  const count = (n: number | bigint) => formatCount(Number(n), locale);
  switch (issue.code) {
    case "too_big":
      if (issue.origin === "string") {
        const received = typeof issue.input === "string" ? issue.input.length : Number(issue.maximum) + 1;
        return t(locale, "field.issue.too_long", { max: count(issue.maximum), received: count(received) });
      }
      return t(locale, "field.issue.at_most", { max: count(issue.maximum) });
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1) return t(locale, "field.issue.required");
      return t(locale, "field.issue.at_least", { min: count(issue.minimum) });
    case "invalid_type":
      if (issue.expected === "boolean") return t(locale, "field.issue.yes_no");
      // A coerced number zod could not read ("abc") comes with no input but "received NaN".
      if ("received" in issue && issue.received === "NaN") return t(locale, "field.issue.number");
      if (issue.input === undefined || issue.input === null) return t(locale, "field.issue.required");
      if (issue.expected === "number" || issue.expected === "int") return t(locale, "field.issue.number");
      return t(locale, "field.issue.invalid");
    case "invalid_value":
      return t(locale, "field.issue.choice");
    case "invalid_format":
      if (issue.format === "email") return t(locale, "field.issue.email");
      if (issue.format === "date") return t(locale, "field.issue.date");
      if (issue.format === "url") return t(locale, "field.issue.url");
      if (issue.format === "regex" && issue.pattern === String(COUNTRY_CODE)) return t(locale, "field.issue.country");
      return t(locale, "field.issue.invalid");
    default:
      return t(locale, "field.issue.invalid");
  }
}

/** Parses a verb's input; on failure, an invalid_input error with every field's first problem in French and English. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".") || "_";
    fieldErrors[key] ??= { fr: issueMessage(issue, "fr"), en: issueMessage(issue, "en") };
  }
  const first = Object.keys(fieldErrors)[0] ?? "_";
  throw new DomainError("invalid_input", { field: first }, first, fieldErrors);
}

export const ZId = z.string().min(1).max(64);
export const ZIsoDate = z.iso.date();
/** The length is checked first, so that an over-long value is told its length rather than "not an e-mail". */
export const ZEmail = z
  .string()
  .max(LIMITS.email)
  .pipe(z.email())
  .transform((e) => e.trim().toLowerCase());
export const ZText = (max: number) => z.string().trim().min(1).max(max);
export const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));
export const ZCountryCode = z
  .string()
  .trim()
  .max(LIMITS.countryCode)
  .regex(COUNTRY_CODE)
  .transform((c) => c.toUpperCase());
