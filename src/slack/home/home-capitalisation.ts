import { type CapitalisationRow, lastYears, topRows } from "../../domain/capitalisation";
import { countryLabel, formatCount, type Locale } from "../../i18n";
import { type Block, section } from "../blocks";
import { joinMrkdwn, type Mrkdwn, mrkdwn, tm } from "../mrkdwn";

/** The years a Home shows, the current one first, and how many countries. */
export const HOME_CAPITALISATION_YEARS = 3;
export const HOME_CAPITALISATION_COUNTRIES = 5;

/** What DAECT's Home shows of the capitalisation counts (issue 13 §4): by year, and by country. */
export interface HomeCapitalisation {
  /** The Paris calendar year of today. */
  year: number;
  byYear: CapitalisationRow[];
  byCountry: CapitalisationRow[];
}

function line(locale: Locale, label: string, row: CapitalisationRow): Mrkdwn {
  const n = (value: number) => formatCount(value, locale);
  return tm(locale, "slack.home.capitalisationLine", {
    label,
    done: n(row.missionsDone),
    late: n(row.reportsLate),
    asked: n(row.reimbursementsAsked),
    settled: n(row.reimbursementsSettled),
    complementary: n(row.complementaryAction),
    cooperation: n(row.longTermCooperation),
  });
}

/** The last years, and the countries most missions came back from, each with what came of them. */
export function homeCapitalisation(locale: Locale, model: HomeCapitalisation | null | undefined): Block[] {
  if (!model) return [];
  const years = lastYears(model.byYear, model.year, HOME_CAPITALISATION_YEARS).map((r) => line(locale, r.key, r));
  const countries = topRows(model.byCountry, HOME_CAPITALISATION_COUNTRIES).map((r) =>
    line(locale, countryLabel(r.key, locale), r),
  );
  return [
    section(mrkdwn`*${tm(locale, "slack.home.capitalisation")}*\n${tm(locale, "slack.home.capitalisationHint")}`),
    section(mrkdwn`*${tm(locale, "slack.home.capitalisationByYear")}*\n${joinMrkdwn(years, "\n")}`),
    section(
      mrkdwn`*${tm(locale, "slack.home.capitalisationByCountry")}*\n${
        countries.length ? joinMrkdwn(countries, "\n") : tm(locale, "slack.home.nothing")
      }`,
    ),
  ];
}
