import { formatDate, formatEuros, type Locale, t } from "../../i18n";
import type { MissionDetails } from "../../workflow/teams";
import { type Element, facts, subtle, text } from "./card-kit";

/** The parts of a mission every card shows, in the reader's language. */

export function dateRange(start: string, end: string, locale: Locale): string {
  return t(locale, "teams.dates.range", { start: formatDate(start, locale), end: formatDate(end, locale) });
}

export function missionSummaryFacts(mission: MissionDetails, locale: Locale): Element {
  return facts([
    [t(locale, "teams.field.body"), mission.organisation],
    [t(locale, "teams.field.country"), mission.countryCode],
    [t(locale, "teams.field.partner"), mission.foreignPartner],
    [t(locale, "teams.field.dates"), dateRange(mission.startDate, mission.endDate, locale)],
    [t(locale, "teams.field.deadline"), mission.reportDeadline ? formatDate(mission.reportDeadline, locale) : null],
  ]);
}

function natureText(mission: MissionDetails, locale: Locale): string {
  const nature = t(locale, `nature.${mission.nature}`);
  return mission.natureDetail ? `${nature} — ${mission.natureDetail}` : nature;
}

function legLine(leg: MissionDetails["legs"][number], locale: Locale): string {
  return t(locale, "teams.leg.line", {
    kind: t(locale, `leg.${leg.kind}`),
    start: formatDate(leg.startDate, locale),
    end: formatDate(leg.endDate, locale),
    count: leg.peopleCount,
    place: leg.place ? t(locale, "teams.leg.place", { place: leg.place }) : "",
  });
}

/** M3 and M5 as the embassy needs them to decide: who, with whom, what, when, who pays, for what result. */
export function missionTermsSections(mission: MissionDetails, locale: Locale): Element[] {
  const people = mission.missionaries.map((m) => m.name).join(", ");
  const stay = mission.stayCostBearer
    ? t(locale, "teams.costs.stay", { who: mission.stayCostBearer })
    : t(locale, "teams.costs.stay_host");
  return [
    facts([
      [t(locale, "teams.field.body"), mission.organisation],
      [t(locale, "teams.field.label"), mission.labelNumber],
      [t(locale, "teams.field.country"), mission.countryCode],
      [t(locale, "teams.field.partner"), mission.foreignPartner],
      [t(locale, "teams.field.nature"), natureText(mission, locale)],
      [t(locale, "teams.field.people"), people],
    ]),
    text(t(locale, "teams.field.course"), { weight: "Bolder", spacing: "Medium" }),
    ...mission.legs.map((leg) => subtle(`• ${legLine(leg, locale)}`)),
    text(t(locale, "teams.field.costs"), { weight: "Bolder", spacing: "Medium" }),
    subtle(t(locale, "teams.costs.transport", { amount: formatEuros(mission.transportCostCents, locale) })),
    subtle(stay),
    text(t(locale, "teams.field.expected"), { weight: "Bolder", spacing: "Medium" }),
    text(mission.expectedResult),
    ...(mission.followUp
      ? [text(t(locale, "teams.field.follow_up"), { weight: "Bolder", spacing: "Medium" }), text(mission.followUp)]
      : []),
  ];
}
