import { countryLabel, formatDate, formatEuros, type Locale } from "../../i18n";
import type { MissionDetails } from "../../workflow";
import type { TypedNotification } from "../../workflow/notification-kinds";
import { actions, type Block, button, clip, context, type SlackMessage, section } from "../blocks";
import { ACTIONS } from "../constants";
import { joinMrkdwn, type Mrkdwn, type MrkdwnValue, mrkdwn, tm } from "../mrkdwn";
import { has, type SlackKey, t, word } from "../words";
import { isSettleable, settleButtons } from "./mission-buttons";
import { reportDueText } from "./mission-list";
import { reportSummary } from "./report-summary";

/** A notification with its data typed by kind, and the mission it is about as its recipient may see it. */
export type NotificationModel = TypedNotification & { mission: MissionDetails | null };

/** What a kind's data brings to its sentence; the mission, when there is one, gives the rest. */
interface Words {
  /** The outcome, for kinds whose sentence depends on it. */
  variant?: string;
  reference?: string;
  organisation?: string;
  country?: string;
  /** A range's first day, whose last is the deadline. */
  since?: string;
  deadline?: string;
  days?: number;
  by?: string;
  label?: string;
  amountCents?: number;
  kind?: string;
  error?: string;
  /** An unexpected error's surface, what it was doing and its name and frame (never its message). */
  surface?: string;
  where?: string;
  summary?: string;
  /** What a person or DAECT wrote alongside: a reason, a comment, a question. */
  quote?: string;
}

function wordsOf(n: TypedNotification): Words {
  switch (n.kind) {
    case "application_decided":
      return { variant: n.data.decision, label: n.data.labelNumber };
    case "diploma_issued":
      return { label: n.data.labelNumber, organisation: n.data.organisation };
    case "application_changes_requested":
      return { organisation: n.data.organisation, quote: n.data.comment };
    case "label_revoked":
      return { reference: n.data.number, label: n.data.number, quote: n.data.reason };
    case "label_suspended":
      return { reference: n.data.number, label: n.data.number, deadline: n.data.until, quote: n.data.reason };
    case "label_reinstated":
      return { reference: n.data.number, label: n.data.number };
    case "label_missions_flagged":
      return {
        variant: n.data.change,
        label: n.data.number,
        organisation: n.data.organisation,
        deadline: n.data.until,
        days: n.data.missions.length,
      };
    case "label_expiring":
      return { reference: n.data.number, label: n.data.number, deadline: n.data.validUntil, days: n.data.daysLeft };
    case "label_expired":
      return { reference: n.data.number, label: n.data.number };
    case "embassy_decided":
      return { variant: n.data.decision, by: n.data.by, quote: n.data.comment };
    case "embassy_question":
      return { by: n.data.by, country: n.data.country, quote: n.data.question };
    case "mission_cancelled":
      return { quote: n.data.reason };
    case "mission_updated":
      return { variant: n.data.event };
    case "report_requested":
      return { deadline: n.data.reportDeadline };
    case "report_validated":
    case "report_returned":
      return { by: n.data.by, quote: n.data.comment };
    case "report_reminder":
      return { reference: n.data.reference, deadline: n.data.reportDeadline, days: n.data.daysLeft };
    case "report_validation_reminder":
      return { reference: n.data.reference };
    case "report_escalation":
      return { reference: n.data.reference, deadline: n.data.reportDeadline, days: n.data.daysLate };
    case "reimbursement_proposal":
      return {
        reference: n.data.reference,
        deadline: n.data.reportDeadline,
        days: n.data.daysLate,
        amountCents: n.data.amountCents ?? undefined,
      };
    case "reimbursement_requested":
      return { amountCents: n.data.amountCents };
    case "reimbursement_settled":
      return { variant: n.data.outcome };
    case "extension_decided":
      return { variant: n.data.status, deadline: n.data.newDeadline, quote: n.data.comment };
    case "delivery_failed":
      return n.data.cause === "dead_letter"
        ? { kind: n.data.kind, error: n.data.error }
        : { kind: n.data.via, error: n.data.error ?? "", quote: n.data.reason };
    case "unexpected_error":
      return { reference: n.data.reference, surface: n.data.surface, where: n.data.where, summary: n.data.summary };
    case "delegation_named":
      return { by: n.data.by, since: n.data.from, deadline: n.data.to };
    default:
      return {};
  }
}

function textKey(model: NotificationModel, words: Words): SlackKey {
  const base = `slack.notify.${model.kind}` as const;
  const variant = `${base}.${words.variant}`;
  // An outcome this surface has no words for yet still gets the kind's general sentence.
  return words.variant && has(variant) ? variant : base;
}

function params(locale: Locale, model: NotificationModel, words: Words): Record<string, MrkdwnValue | undefined> {
  const { mission } = model;
  const deadline = words.deadline ?? mission?.reportDeadline ?? undefined;
  return {
    reference: mission?.reference ?? words.reference ?? "",
    organisation: clip(mission?.organisation ?? words.organisation ?? "", 200),
    country: countryLabel(mission?.countryCode ?? words.country ?? "", locale),
    partner: clip(mission?.foreignPartner ?? "", 200),
    deadline: deadline ? formatDate(deadline, locale) : "",
    since: words.since ? formatDate(words.since, locale) : "",
    days: words.days === undefined ? "" : String(words.days),
    by: clip(words.by ?? "", 200),
    label: words.label ?? "",
    amount: words.amountCents === undefined ? "" : formatEuros(words.amountCents, locale),
    kind: words.kind ?? "",
    error: clip(words.error ?? "", 500),
    surface: words.surface ?? "",
    where: clip(words.where ?? "", 200),
    summary: clip(words.summary ?? "", 500),
  };
}

function quote(text: string | undefined): Mrkdwn | undefined {
  if (!text) return undefined;
  return joinMrkdwn(
    clip(text, 1500)
      .split("\n")
      .map((line) => mrkdwn`> ${line}`),
    "\n",
  );
}

/** DAECT's list of a body's missions not yet departed, each with the button to cancel it (§3). */
function flaggedMissions(locale: Locale, model: NotificationModel): Block[] {
  if (model.kind !== "label_missions_flagged") return [];
  return model.data.missions.slice(0, FLAGGED_ROWS).map((m) =>
    section(
      tm(locale, "slack.notify.flaggedMission", {
        reference: m.reference,
        country: m.countryCode,
        date: formatDate(m.startDate, locale),
        state: word(locale, `state.${m.status}`, m.status),
      }),
      button(t(locale, "slack.action.cancelMission"), ACTIONS.openCancel, `${m.missionId}|${m.reference}`, "danger"),
    ),
  );
}

/** Rows of missions a message lists: the rest is on the App Home (a message holds 50 blocks). */
const FLAGGED_ROWS = 20;

function buttons(locale: Locale, model: NotificationModel): Block[] {
  // A label nearing or at its end: the body renews it from the previous file.
  if (model.kind === "label_expiring" || model.kind === "label_expired") {
    return [
      actions([button(t(locale, "slack.action.renewLabel"), ACTIONS.openRenewal, model.data.labelId, "primary")]),
    ];
  }
  if (model.kind === "application_changes_requested") {
    const revise = t(locale, "slack.action.reviseApplication");
    return [actions([button(revise, ACTIONS.reviseApplication, model.data.applicationId, "primary")])];
  }
  const missionId = model.mission?.id;
  if (!missionId) return [];
  switch (model.kind) {
    case "report_requested":
    case "report_returned":
    case "report_reminder": {
      const prompt: { snoozeChoices: number[]; actions: string[] } =
        model.kind === "report_reminder" ? model.data : { snoozeChoices: [], actions: [] };
      const snoozes = prompt.snoozeChoices;
      return [
        actions([
          button(t(locale, "slack.action.writeReport"), ACTIONS.openReport, missionId, "primary"),
          ...snoozes
            .slice(0, 3)
            .map((days) =>
              button(t(locale, "slack.action.snooze", { days }), `${ACTIONS.snooze}_${days}`, `${missionId}|${days}`),
            ),
          ...(prompt.actions.includes("request_extension")
            ? [button(t(locale, "slack.action.requestExtension"), ACTIONS.openExtension, missionId)]
            : []),
        ]),
      ];
    }
    case "report_submitted":
    case "report_validation_reminder":
      return [
        actions([
          button(t(locale, "slack.action.validateReport"), ACTIONS.validateReport, missionId, "primary"),
          button(t(locale, "slack.action.returnReport"), ACTIONS.returnReport, missionId),
        ]),
      ];
    case "mission_to_confirm":
      return [
        actions([button(t(locale, "slack.action.confirmMission"), ACTIONS.confirmMission, missionId, "primary")]),
      ];
    case "extension_requested": {
      const { extensionId } = model.data;
      return [
        actions([
          button(
            t(locale, "slack.action.decideExtension"),
            ACTIONS.decideExtension,
            `${missionId}|${extensionId}`,
            "primary",
          ),
        ]),
      ];
    }
    case "late_report":
      // R2: a late report while the reimbursement is pending; DAECT decides whether the money still comes back.
      return model.mission && isSettleable(model.mission.status) ? [actions(settleButtons(locale, missionId))] : [];
    case "reimbursement_proposal":
      if (model.mission && isSettleable(model.mission.status)) return [actions(settleButtons(locale, missionId))];
      return [
        actions([
          button(t(locale, "slack.action.requestReimbursement"), ACTIONS.requestReimbursement, missionId, "danger"),
        ]),
      ];
    default:
      return [];
  }
}

/** Every outbox kind as a Slack message: one line that says what happened, the details, and the buttons to act. */
export function notificationMessage(locale: Locale, model: NotificationModel): SlackMessage & { blocks: Block[] } {
  const words = wordsOf(model);
  const text = tm(locale, textKey(model, words), params(locale, model, words));
  const blocks: Block[] = [section(text)];
  const quoted = quote(words.quote);
  if (quoted) blocks.push(section(quoted));
  blocks.push(...flaggedMissions(locale, model));
  if ((model.kind === "report_submitted" || model.kind === "report_validation_reminder") && model.mission?.report) {
    blocks.push(...reportSummary(locale, model.mission));
  }
  blocks.push(...buttons(locale, model));
  if (model.mission) {
    blocks.push(
      context(
        mrkdwn`EXPE-CT · ${model.mission.reference} · ${countryLabel(model.mission.countryCode, locale)} · ${clip(model.mission.organisation, 200)}${model.mission.reportDue ? mrkdwn` · ${reportDueText(locale, model.mission.reportDue)}` : ""}`,
      ),
    );
  }
  return { text, blocks };
}
