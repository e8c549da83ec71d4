import type { types } from "@slack/bolt";
import type { ReportDue } from "../../domain/deadline";
import { canTransition } from "../../domain/lifecycle";
import { MISSION_TRANSITIONS, type MissionState } from "../../domain/mission";
import { isReportReviewable, isReportWritable } from "../../domain/report";
import { type ActorFacts, isAllowed } from "../../domain/roles";
import { countryLabel, formatDate, type Locale } from "../../i18n";
import type { MissionPage, MissionSummary } from "../../workflow";
import { actions, type Block, button, context, type SlackMessage, section } from "../blocks";
import { ACTIONS } from "../constants";
import { type Mrkdwn, mrkdwn, tm } from "../mrkdwn";
import { t, word } from "../words";
import { missionAtOf, missionButtons } from "./mission-buttons";

/** A message holds 50 blocks: each listed mission may take two (its line and its buttons). */
export const MAX_LISTED = 20;

/** The one thing the person may do next with a mission, as the button next to it (none when nothing waits). */
export function nextStepButton(locale: Locale, who: ActorFacts, m: MissionSummary): types.Button | undefined {
  const subject = {
    organisationId: m.organisationId,
    countryCode: m.countryCode,
    missionaryIds: m.missionaries.map((x) => x.personId),
  };
  if (isReportWritable(m.status, m.report?.status) && isAllowed("report.submit", who, subject)) {
    return button(t(locale, "slack.action.writeReport"), ACTIONS.openReport, m.id, "primary");
  }
  if (isReportReviewable(m.report?.status) && isAllowed("report.review", who, subject)) {
    return button(t(locale, "slack.action.reviewReport"), ACTIONS.openReview, m.id, "primary");
  }
  if (
    canTransition(MISSION_TRANSITIONS, "confirm", m.status as MissionState) &&
    isAllowed("mission.confirm", who, subject)
  ) {
    return button(t(locale, "slack.action.confirmMission"), ACTIONS.confirmMission, m.id, "primary");
  }
  return undefined;
}

/** The report deadline as a file shows it: planned from the last leg's end until the return is recorded (R1). */
export function reportDueText(locale: Locale, due: ReportDue): Mrkdwn {
  return tm(locale, due.planned ? "slack.report.planned" : "slack.report.due", { date: formatDate(due.date, locale) });
}

export function missionLine(locale: Locale, m: MissionSummary): Mrkdwn {
  const dates = `${formatDate(m.startDate, locale)} – ${formatDate(m.endDate, locale)}`;
  const deadline = m.reportDue ? mrkdwn` · ${reportDueText(locale, m.reportDue)}` : "";
  return mrkdwn`*${m.reference}* · ${countryLabel(m.countryCode, locale)} · ${m.organisation.name}\n${word(locale, `state.${m.status}`, m.status)} · ${dates}${deadline}`;
}

/** `/expect missions`: the first page of the open files the caller may see, each with its next step, and how many. */
export function missionListBlocks(
  who: ActorFacts & { locale: Locale },
  page: MissionPage,
): SlackMessage & { blocks: Block[] } {
  const { locale } = who;
  if (page.missions.length === 0)
    return { text: tm(locale, "slack.missions.none"), blocks: [section(tm(locale, "slack.missions.none"))] };
  const total = Math.max(page.total, page.missions.length);
  const listed = page.missions.slice(0, MAX_LISTED);
  const title = tm(locale, "slack.missions.title", { count: total });
  const blocks: Block[] = [section(mrkdwn`*${title}*`)];
  for (const m of listed) {
    blocks.push(section(missionLine(locale, m), nextStepButton(locale, who, m)));
    const steps = missionButtons(locale, who, missionAtOf(m));
    if (steps.length) blocks.push(actions(steps));
  }
  if (total > listed.length) blocks.push(context(tm(locale, "slack.missions.more", { count: total - listed.length })));
  return { text: title, blocks };
}
