import { z } from "zod";
import { DomainError, type FieldErrors } from "../domain/errors";
import { LIMITS } from "../domain/limits";

const fr = z.locales.fr().localeError;
const en = z.locales.en().localeError;

function messagesByField(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

/** Parses a verb's input; on failure, an invalid_input error with every field's message in French and English. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { error: fr });
  if (result.success) return result.data;
  const french = messagesByField(result.error.issues);
  const englishResult = schema.safeParse(input, { error: en });
  const english = englishResult.success ? {} : messagesByField(englishResult.error.issues);
  const fieldErrors: FieldErrors = {};
  for (const [field, message] of Object.entries(french)) {
    fieldErrors[field] = { fr: message, en: english[field] ?? message };
  }
  const first = Object.keys(fieldErrors)[0] ?? "_";
  throw new DomainError("invalid_input", { field: first }, first, fieldErrors);
}

export const ZId = z.string().min(1).max(64);
export const ZIsoDate = z.iso.date();
export const ZEmail = z
  .email()
  .max(LIMITS.email)
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
  .regex(/^[A-Za-z]{2}$/)
  .transform((c) => c.toUpperCase());
