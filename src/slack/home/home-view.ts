import type { types } from "@slack/bolt";
import { MISSION_TRANSITIONS, type MissionState } from "../../domain/mission";
import { isReportReviewable } from "../../domain/report";
import { type ActorFacts, hasRole } from "../../domain/roles";
import { daysBetween } from "../../domain/time";
import { countryLabel, formatDate, type Locale } from "../../i18n";
import type { BodyLabel, Dashboard, MissionSummary, OwnApplication } from "../../workflow";
import { actions, type Block, button, context, divider, fields, header, section } from "../blocks";
import { ACTIONS } from "../constants";
import { joinMrkdwn, mrkdwn, tm, tmWord } from "../mrkdwn";
import { ownApplicationLine, pendingApplicationLine, withdrawButton } from "../views/application-buttons";
import { missionAtOf, missionButtons } from "../views/mission-buttons";
import { missionLine, nextStepButton } from "../views/mission-list";
import { type SlackKey, t, word } from "../words";
import { type HomeCapitalisation, homeCapitalisation } from "./home-capitalisation";
import { type HomeLabels, homeLabels } from "./home-labels";

export interface HomeModel {
  who: ActorFacts & { locale: Locale; name: string };
  /** Paris calendar date, to count the days left before each report deadline. */
  today: string;
  dashboard: Dashboard | null;
  /** DAECT's open files by start date: at least the first ROWS_PER_STATE of each state, all that the Home shows. */
  allMissions: MissionSummary[];
  labels: BodyLabel[];
  /** DAECT's labels in force, to suspend or revoke; null for anyone else. */
  managedLabels?: HomeLabels | null;
  /** DAECT's capitalisation counts; null for anyone else. */
  capitalisation?: HomeCapitalisation | null;
  /** The person's own pending applications for bodies they hold no role over (filing grants none). */
  ownApplications: OwnApplication[];
  bodyMissions: MissionSummary[];
  myMissions: MissionSummary[];
}

const MAX_BLOCKS = 100;
const MAX_ROWS = 8;
/** Lists that carry a row of buttons per mission take two blocks a row: fewer rows keep the Home under 100. */
const STEP_ROWS = 5;

/** DAECT's lists of files: the states each shows, and how many of them at most. */
const DAECT_LISTS = {
  waitingEmbassy: { states: MISSION_TRANSITIONS.embassy_validate.from, max: MAX_ROWS },
  upcoming: { states: ["validated", "refused", "confirmed"], max: STEP_ROWS },
  underway: { states: ["in_progress"], max: STEP_ROWS },
  overdue: { states: MISSION_TRANSITIONS.request_reimbursement.from, max: MAX_ROWS },
  reimbursements: { states: MISSION_TRANSITIONS.settle_reimbursement.from, max: STEP_ROWS },
  toClose: { states: MISSION_TRANSITIONS.close.from, max: STEP_ROWS },
} satisfies Record<string, { states: readonly string[]; max: number }>;

/**
 * How many files of each state the Home may show (the most of the lists that show the state; none where no list
 * does): the first that many of each state are all its model needs, as the first n of a union are among the first
 * n of each part.
 */
export const ROWS_PER_STATE: Readonly<Record<string, number>> = (() => {
  const rows: Record<string, number> = {};
  for (const { states, max } of Object.values(DAECT_LISTS)) {
    for (const state of states) rows[state] = Math.max(rows[state] ?? 0, max);
  }
  return rows;
})();
/** Each mission with the steps the person may take on it now, under the buttons' own rules. */
function missionRows(locale: Locale, who: ActorFacts, m: MissionSummary, accessory?: types.Button): Block[] {
  const steps = missionButtons(locale, who, missionAtOf(m));
  return [section(missionLine(locale, m), accessory), ...(steps.length ? [actions(steps)] : [])];
}

/** DAECT's files at one stage of their life, each with its buttons; nothing when none is there. */
function stepList(
  locale: Locale,
  model: HomeModel,
  titleKey: SlackKey,
  { states, max }: { states: readonly string[]; max: number },
): Block[] {
  const missions = model.allMissions.filter((m) => states.includes(m.status)).slice(0, max);
  if (missions.length === 0) return [];
  return [section(mrkdwn`*${tm(locale, titleKey)}*`), ...missions.flatMap((m) => missionRows(locale, model.who, m))];
}

function daect(locale: Locale, model: HomeModel): Block[] {
  const d = model.dashboard;
  if (!d) return [];
  const stages = Object.entries(d.missionsByStatus)
    .filter(([, n]) => n > 0)
    .map(([state, n]) => mrkdwn`• ${word(locale, `state.${state}`, state)} : *${n}*`);
  const coverage = d.coverageByCountry
    .slice(0, 30)
    .map((c) => mrkdwn`${countryLabel(c.countryCode, locale)} ${c.missions}`);
  const nothing = tm(locale, "slack.home.nothing");
  const overdue = model.allMissions
    .filter((m) => DAECT_LISTS.overdue.states.includes(m.status as MissionState))
    .slice(0, DAECT_LISTS.overdue.max);
  const blocks: Block[] = [
    header(t(locale, "slack.home.daect")),
    fields([
      mrkdwn`*${tm(locale, "slack.home.applicationsPending")}*\n${d.applicationsPending}`,
      mrkdwn`*${tm(locale, "slack.home.activeLabels")}*\n${d.activeLabels}`,
      mrkdwn`*${tm(locale, "slack.home.awaitingEmbassy")}*\n${d.awaitingEmbassy}`,
      mrkdwn`*${tm(locale, "slack.home.reportsDueSoon")}*\n${d.reportsDueSoon}`,
      mrkdwn`*${tm(locale, "slack.home.reportsOverdue")}*\n${d.reportsOverdue}`,
      mrkdwn`*${tm(locale, "slack.home.reimbursements")}*\n${d.reimbursementsOpen}`,
      mrkdwn`*${tm(locale, "slack.home.extensions")}*\n${d.pendingExtensions}`,
      mrkdwn`*${tm(locale, "slack.home.deadLetters")}*\n${d.deadLetters}`,
    ]),
    section(mrkdwn`*${tm(locale, "slack.home.byStage")}*\n${stages.length ? joinMrkdwn(stages, "\n") : nothing}`),
    section(mrkdwn`*${tm(locale, "slack.home.coverage")}*\n${coverage.length ? joinMrkdwn(coverage, " · ") : nothing}`),
    // With the figures, near the top: a long list of files below cannot push it past the Home's 100 blocks.
    ...homeCapitalisation(locale, model.capitalisation),
  ];
  blocks.push(
    ...stepList(locale, model, "slack.home.waitingEmbassy", DAECT_LISTS.waitingEmbassy),
    ...stepList(locale, model, "slack.home.upcoming", DAECT_LISTS.upcoming),
    ...stepList(locale, model, "slack.home.underway", DAECT_LISTS.underway),
  );
  if (overdue.length) {
    blocks.push(section(mrkdwn`*${tm(locale, "slack.home.overdue")}*`));
    for (const m of overdue) {
      blocks.push(
        section(
          missionLine(locale, m),
          button(t(locale, "slack.action.requestReimbursement"), ACTIONS.requestReimbursement, m.id, "danger"),
        ),
      );
    }
  }
  blocks.push(
    ...stepList(locale, model, "slack.home.reimbursementsList", DAECT_LISTS.reimbursements),
    ...stepList(locale, model, "slack.home.toClose", DAECT_LISTS.toClose),
    actions([
      button(t(locale, "slack.home.newMission"), ACTIONS.openMission, "open", "primary"),
      button(t(locale, "slack.home.declareSolicitation"), ACTIONS.openSolicitation, "open"),
    ]),
    ...homeLabels(locale, model.managedLabels),
    divider(),
  );
  return blocks;
}

function focalPoint(locale: Locale, model: HomeModel): Block[] {
  if (model.labels.length === 0) return [];
  const blocks: Block[] = [header(t(locale, "slack.home.focal"))];
  for (const body of model.labels) {
    const label = body.number
      ? tm(locale, "slack.home.label", {
          number: body.number,
          status: tmWord(locale, `slack.labelState.${body.status}`, body.status ?? ""),
          until: body.validUntil ? formatDate(body.validUntil, locale) : "",
        })
      : tm(locale, "slack.home.noLabel");
    const pending = pendingApplicationLine(locale, body);
    const text = mrkdwn`*${body.organisation}*\n${label}${pending ? mrkdwn`\n${pending}` : ""}`;
    const renew =
      body.renewable && body.labelId && !body.pendingApplication
        ? button(t(locale, "slack.action.renewLabel"), ACTIONS.openRenewal, body.labelId, "primary")
        : undefined;
    blocks.push(section(text, withdrawButton(locale, model.who, body) ?? renew));
  }
  const toReview = model.bodyMissions.filter((m) => isReportReviewable(m.report?.status));
  if (toReview.length) {
    blocks.push(section(mrkdwn`*${tm(locale, "slack.home.toReview")}*`));
    for (const m of toReview.slice(0, MAX_ROWS))
      blocks.push(section(missionLine(locale, m), nextStepButton(locale, model.who, m)));
  }
  const others = model.bodyMissions.filter((m) => !isReportReviewable(m.report?.status)).slice(0, MAX_ROWS);
  if (others.length) {
    blocks.push(section(mrkdwn`*${tm(locale, "slack.home.bodyMissions")}*`));
    for (const m of others) blocks.push(...missionRows(locale, model.who, m, nextStepButton(locale, model.who, m)));
  }
  blocks.push(
    actions([button(t(locale, "slack.home.declareSolicitation"), ACTIONS.openSolicitation, "open")]),
    divider(),
  );
  return blocks;
}

/** Applications filed for a body the person is not focal point of: to follow and withdraw, nothing of the body. */
function applicant(locale: Locale, model: HomeModel): Block[] {
  if (model.ownApplications.length === 0) return [];
  const blocks: Block[] = [header(t(locale, "slack.home.ownApplications"))];
  for (const app of model.ownApplications.slice(0, MAX_ROWS)) {
    const body = { organisationId: app.organisationId, organisation: app.organisation, pendingApplication: app };
    blocks.push(section(ownApplicationLine(locale, app), withdrawButton(locale, model.who, body)));
  }
  blocks.push(divider());
  return blocks;
}

function reportDue(locale: Locale, model: HomeModel, m: MissionSummary): types.SectionBlock {
  const deadline = m.reportDeadline ?? m.endDate;
  const days = daysBetween(model.today, deadline);
  const left =
    days >= 0 ? tm(locale, "slack.home.daysLeft", { days }) : tm(locale, "slack.home.daysLate", { days: -days });
  return section(
    mrkdwn`*${m.reference}* · ${countryLabel(m.countryCode, locale)} · ${m.organisation.name}\n${left} — ${tm(locale, "slack.report.due", { date: formatDate(deadline, locale) })}`,
    button(t(locale, "slack.action.writeReport"), ACTIONS.openReport, m.id, "primary"),
  );
}

function missionary(locale: Locale, model: HomeModel): Block[] {
  const due = model.myMissions.filter((m) => nextStepButton(locale, model.who, m)?.action_id === ACTIONS.openReport);
  if (model.myMissions.length === 0) return [];
  const blocks: Block[] = [header(t(locale, "slack.home.missionary"))];
  if (due.length === 0) blocks.push(section(tm(locale, "slack.home.noReportDue")));
  for (const m of due.slice(0, MAX_ROWS)) blocks.push(reportDue(locale, model, m));
  const others = model.myMissions.filter((m) => !due.includes(m)).slice(0, MAX_ROWS);
  for (const m of others) blocks.push(...missionRows(locale, model.who, m));
  blocks.push(divider());
  return blocks;
}

/** The App Home: one part per capacity of the person (DAECT, focal point, missionary), then the ways in. */
export function homeView(model: HomeModel): types.HomeView {
  const { locale } = model.who;
  const blocks: Block[] = [
    section(tm(locale, "slack.home.hello", { name: model.who.name })),
    ...daect(locale, model),
    ...focalPoint(locale, model),
    ...applicant(locale, model),
    ...missionary(locale, model),
  ];
  if (!hasRole(model.who, "daect")) {
    blocks.push(actions([button(t(locale, "slack.home.apply"), ACTIONS.openApplication, "open")]));
  }
  blocks.push(context(tm(locale, "slack.home.footer")));
  return { type: "home", blocks: blocks.slice(0, MAX_BLOCKS) };
}
