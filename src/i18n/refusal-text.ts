import { CsvInvalidError, type CsvProblem, type DomainError } from "../domain/errors";
import type { Locale, Translator } from "./catalog";
import type { CoreKey } from "./core-words";
import { inCountry } from "./countries";
import { formatSize } from "./format";

type Lookup = Translator<CoreKey>["t"];
type Has = Translator<CoreKey>["has"];

const str = (value: unknown) => (typeof value === "string" ? value : undefined);

/**
 * The words of a refusal: the typed reason the domain gave (code + params) as a sentence that says what is wrong
 * and what to do, with no code, field name or id. Undefined for the codes whose core message already reads well.
 */
export function describeRefusal(
  error: DomainError,
  /** The params with dates already worded for the locale. */
  worded: Record<string, string | number | undefined>,
  locale: Locale,
  t: Lookup,
  has: Has,
): string | undefined {
  const p = error.params;
  const pick = (key: string, fallback: CoreKey): CoreKey => (has(key) ? key : fallback);
  const entity = str(p.entity) ?? "any";
  const thisOne = t(locale, pick(`refusal.this.${entity}`, "refusal.this.any"));
  switch (error.code) {
    case "forbidden": {
      const action = t(locale, pick(`refusal.action.${str(p.action) ?? ""}`, "refusal.action.any"));
      const reason = str(p.reason) ?? "role_required";
      if (reason === "other_country") {
        return t(locale, "refusal.other_country", {
          country: inCountry(str(p.country) ?? "", locale),
          yours: inCountry(str(p.yours) ?? "", locale),
        });
      }
      if (reason === "role_required") {
        const keys = (str(p.needs) ?? "")
          .split(" ")
          .map((w) => `refusal.who.${w}`)
          .filter(has);
        const who = keys.map((key) => t(locale, key));
        const joined =
          who.length > 1 ? `${who.slice(0, -1).join(", ")}${t(locale, "refusal.or")}${who.at(-1)}` : who[0];
        return t(locale, "refusal.role_required", { action, who: joined ?? t(locale, "refusal.who.daect") });
      }
      return t(locale, pick(`refusal.${reason}`, "refusal.role_required"), {
        action,
        who: t(locale, "refusal.who.daect"),
      });
    }
    case "not_found":
      if (entity === "embassy")
        return t(locale, "refusal.not_found.embassy", { country: inCountry(str(p.id) ?? "", locale) });
      if (entity === "person") return t(locale, "refusal.not_found.person");
      if (entity === "label" && str(p.number)) return t(locale, "refusal.not_found.label_number", { number: p.number });
      return t(locale, "refusal.not_found", { this: capitalise(thisOne) });
    case "wrong_state": {
      const verb = t(locale, pick(`refusal.verb.${entity}.${str(p.action) ?? ""}`, "refusal.verb.any"));
      return t(locale, "refusal.wrong_state", { verb, state: stateWord(entity, str(p.state), locale, t, has) });
    }
    case "already_decided": {
      const decision = stateWord(entity, str(p.decision), locale, t, has);
      const key = p.by && p.at ? "refusal.already_decided" : "refusal.already_decided.nobody";
      return t(locale, key, { this: thisOne, decision, by: p.by, at: worded.at });
    }
    case "attachment_too_large":
    case "attachment_case_full":
      return t(locale, `error.${error.code}`, {
        ...p,
        size: formatSize(p.size, locale),
        total: formatSize(p.total, locale),
        max: formatSize(p.max, locale),
      });
    case "csv_invalid":
      return error instanceof CsvInvalidError ? describeCsv(error.problems, locale, t) : undefined;
    default:
      return undefined;
  }
}

function stateWord(entity: string, state: string | undefined, locale: Locale, t: Lookup, has: Has): string {
  if (!state) return "";
  const own = `refusal.state.${entity}.${state}`;
  if (has(own)) return t(locale, own);
  const shared = `state.${state}`;
  return has(shared) ? t(locale, shared) : "";
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** At most this many lines are listed: a file wrong throughout says so without drowning the message. */
const MAX_CSV_LINES = 20;

function describeCsv(problems: readonly CsvProblem[], locale: Locale, t: Lookup): string {
  const first = problems[0];
  const intro = t(locale, "error.csv_invalid.intro");
  if (first?.kind === "missing_columns") return `${intro} ${t(locale, "refusal.csv.missing_columns", first.params)}`;
  const lines = problems.slice(0, MAX_CSV_LINES).map((p) =>
    t(locale, "refusal.csv.line", {
      line: p.line,
      column: p.column,
      message: t(locale, `refusal.csv.${p.kind}`, p.params),
    }),
  );
  if (problems.length > MAX_CSV_LINES) lines.push("…");
  return `${intro} ${t(locale, "refusal.csv.problems", { count: problems.length, lines: lines.join("\n") })}`;
}
