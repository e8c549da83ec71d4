import type { ReportDue } from "../../domain/deadline";
import { countryLabel, formatDate, formatEuros, type Locale } from "../../i18n";
import type { MissionDetails } from "../../workflow";
import { word } from "../words";
import { type Element, facts, subtle, text } from "./card-kit";
import { escapeMarkdown, joinMarkdown, type Markdown, md, tmd } from "./markdown";

/** The parts of a mission every card shows, in the reader's language. */

export function dateRange(start: string, end: string, locale: Locale): Markdown {
  return tmd(locale, "teams.dates.range", { start: formatDate(start, locale), end: formatDate(end, locale) });
}

/** A country by its name in the reader's language ("Sénégal", "Senegal"). */
export function countryText(code: string, locale: Locale): Markdown {
  return escapeMarkdown(countryLabel(code, locale));
}

/** The report deadline's fact: labelled as planned until the return is recorded (R1), then the actual one. */
export function reportDueFact(due: ReportDue | null, locale: Locale): [Markdown, Markdown | null] {
  return [
    tmd(locale, due?.planned ? "teams.field.deadline_planned" : "teams.field.deadline"),
    due ? escapeMarkdown(formatDate(due.date, locale)) : null,
  ];
}

export function missionSummaryFacts(mission: MissionDetails, locale: Locale): Element {
  return facts([
    [tmd(locale, "teams.field.body"), escapeMarkdown(mission.organisation)],
    [tmd(locale, "teams.field.country"), countryText(mission.countryCode, locale)],
    [tmd(locale, "teams.field.partner"), escapeMarkdown(mission.foreignPartner)],
    [tmd(locale, "teams.field.dates"), dateRange(mission.startDate, mission.endDate, locale)],
    reportDueFact(mission.reportDue, locale),
  ]);
}

function natureText(mission: MissionDetails, locale: Locale): Markdown {
  const nature = word(locale, `nature.${mission.nature}`, mission.nature);
  return mission.natureDetail ? md`${nature} — ${mission.natureDetail}` : escapeMarkdown(nature);
}

function legLine(leg: MissionDetails["legs"][number], locale: Locale): Markdown {
  return tmd(locale, "teams.leg.line", {
    kind: word(locale, `leg.${leg.kind}`, leg.kind),
    start: formatDate(leg.startDate, locale),
    end: formatDate(leg.endDate, locale),
    count: leg.peopleCount,
    place: leg.place ? tmd(locale, "teams.leg.place", { place: leg.place }) : "",
  });
}

/** M3 and M5 as the embassy needs them to decide: who, with whom, what, when, who pays, for what result. */
export function missionTermsSections(mission: MissionDetails, locale: Locale): Element[] {
  const people = joinMarkdown(
    mission.missionaries.map((m) => escapeMarkdown(m.name)),
    ", ",
  );
  const stay = mission.stayCostBearer
    ? tmd(locale, "teams.costs.stay", { who: mission.stayCostBearer })
    : tmd(locale, "teams.costs.stay_host");
  return [
    facts([
      [tmd(locale, "teams.field.body"), escapeMarkdown(mission.organisation)],
      [tmd(locale, "teams.field.label"), escapeMarkdown(mission.labelNumber)],
      [tmd(locale, "teams.field.country"), countryText(mission.countryCode, locale)],
      [tmd(locale, "teams.field.partner"), escapeMarkdown(mission.foreignPartner)],
      [tmd(locale, "teams.field.nature"), natureText(mission, locale)],
      [tmd(locale, "teams.field.people"), people],
      reportDueFact(mission.reportDue, locale),
    ]),
    text(tmd(locale, "teams.field.course"), { weight: "Bolder", spacing: "Medium" }),
    ...mission.legs.map((leg) => subtle(md`• ${legLine(leg, locale)}`)),
    text(tmd(locale, "teams.field.costs"), { weight: "Bolder", spacing: "Medium" }),
    subtle(tmd(locale, "teams.costs.transport", { amount: formatEuros(mission.transportCostCents, locale) })),
    subtle(stay),
    text(tmd(locale, "teams.field.expected"), { weight: "Bolder", spacing: "Medium" }),
    text(escapeMarkdown(mission.expectedResult)),
    ...(mission.followUp
      ? [
          text(tmd(locale, "teams.field.follow_up"), { weight: "Bolder", spacing: "Medium" }),
          text(escapeMarkdown(mission.followUp)),
        ]
      : []),
  ];
}
