import { type Locale, t } from "../../i18n";
import type { MissionDetails } from "../../workflow/slack";
import { type Block, clip, escape, section } from "../blocks";

/** The submitted report of a mission as its reviewer reads it (R3's three answers). */
export function reportSummary(locale: Locale, mission: MissionDetails): Block[] {
  const report = mission.report;
  if (!report) return [section(t(locale, "slack.review.noReport", { reference: mission.reference }))];
  const answer = (yes: boolean, detail: string | null) =>
    `${t(locale, yes ? "slack.yes" : "slack.no")}${detail ? ` — ${escape(clip(detail, 1200))}` : ""}`;
  return [
    section(
      t(locale, "slack.review.heading", {
        reference: mission.reference,
        organisation: escape(mission.organisation),
        country: mission.countryCode,
        author: escape(report.submittedBy),
      }) + (report.late ? ` ${t(locale, "slack.review.late")}` : ""),
    ),
    section(`*${t(locale, "slack.report.object")}*\n${escape(clip(report.objectAccount, 2500))}`),
    section(
      `*${t(locale, "slack.report.complementary")}* ${answer(report.complementaryAction, report.complementaryDetail)}\n` +
        `*${t(locale, "slack.report.cooperation")}* ${answer(report.longTermCooperation, report.cooperationDetail)}`,
    ),
  ];
}
