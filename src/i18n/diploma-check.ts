import type { DiplomaStanding, DiplomaVerdict } from "../domain/diploma-verification";
import { THEMES, type Theme } from "../domain/themes";
import type { Locale } from "./catalog";
import { coreWords } from "./core-words";
import { formatDate } from "./index";

/** What the web page, Slack and Teams state of one diploma: the same facts, as plain text each surface escapes. */
export interface DiplomaCheckText {
  standing: DiplomaStanding;
  /** "Label valide", "Label retiré le 3 mars 2027"… */
  headline: string;
  /** Number, holder, themes and validity, each under its label. */
  facts: { label: string; value: string }[];
}

export interface CheckedDiploma {
  number: string;
  organisation: string;
  themes: readonly Theme[];
  validFrom: Date;
  validUntil: Date;
  verdict: DiplomaVerdict;
}

function headline(verdict: DiplomaVerdict, locale: Locale): string {
  const { t } = coreWords;
  if (verdict.standing === "valid") return t(locale, "verify.valid");
  if (verdict.date === null) return t(locale, "verify.revoked.undated");
  return t(locale, `verify.${verdict.standing}`, { date: formatDate(verdict.date, locale) });
}

export function describeDiplomaCheck(check: CheckedDiploma, locale: Locale): DiplomaCheckText {
  const { t } = coreWords;
  const themes = check.themes.map((theme) => THEMES[theme][locale]).join(", ");
  const period = t(locale, "verify.period", {
    from: formatDate(check.validFrom, locale),
    until: formatDate(check.validUntil, locale),
  });
  return {
    standing: check.verdict.standing,
    headline: headline(check.verdict, locale),
    facts: [
      { label: t(locale, "verify.number"), value: check.number },
      { label: t(locale, "verify.holder"), value: check.organisation },
      ...(themes ? [{ label: t(locale, "verify.themes"), value: themes }] : []),
      { label: t(locale, "verify.validity"), value: period },
    ],
  };
}
