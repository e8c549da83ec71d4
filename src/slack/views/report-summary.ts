import { countryLabel, type Locale } from "../../i18n";
import type { MissionDetails } from "../../workflow";
import { type Block, clip, section } from "../blocks";
import { mrkdwn, tm } from "../mrkdwn";

/** The submitted report of a mission as its reviewer reads it (R3's three answers). */
export function reportSummary(locale: Locale, mission: MissionDetails): Block[] {
  const report = mission.report;
  if (!report) return [section(tm(locale, "slack.review.noReport", { reference: mission.reference }))];
  const answer = (yes: boolean, detail: string | null) =>
    mrkdwn`${tm(locale, yes ? "slack.yes" : "slack.no")}${detail ? mrkdwn` — ${clip(detail, 1200)}` : ""}`;
  const heading = tm(locale, "slack.review.heading", {
    reference: mission.reference,
    organisation: clip(mission.organisation, 200),
    country: countryLabel(mission.countryCode, locale),
    author: clip(report.submittedBy, 200),
  });
  return [
    section(report.late ? mrkdwn`${heading} ${tm(locale, "slack.review.late")}` : heading),
    section(mrkdwn`*${tm(locale, "field.objectAccount")}*\n${clip(report.objectAccount, 2500)}`),
    section(
      mrkdwn`*${tm(locale, "field.complementaryAction")}* ${answer(report.complementaryAction, report.complementaryDetail)}\n*${tm(locale, "field.longTermCooperation")}* ${answer(report.longTermCooperation, report.cooperationDetail)}`,
    ),
  ];
}
