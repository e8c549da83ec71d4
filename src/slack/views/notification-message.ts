import { formatDate, formatEuros, type Locale, t } from "../../i18n";
import type { NotificationKind } from "../../workflow/notifications";
import type { MissionDetails } from "../../workflow/slack";
import { actions, type Block, button, clip, context, type SlackMessage, section } from "../blocks";
import { ACTIONS } from "../constants";
import { slackMessages } from "../messages";
import { joinMrkdwn, type Mrkdwn, type MrkdwnValue, mrkdwn, tm } from "../mrkdwn";
import { isSettleable, settleButtons } from "./mission-buttons";
import { reportSummary } from "./report-summary";

export interface NotificationModel {
  kind: NotificationKind;
  data: Record<string, unknown>;
  mission: MissionDetails | null;
}

/** Kinds whose message depends on an outcome carried in the data. */
const VARIANT_FIELD: Partial<Record<NotificationKind, string>> = {
  application_decided: "decision",
  embassy_decided: "decision",
  extension_decided: "status",
  reimbursement_settled: "outcome",
  mission_updated: "event",
};

const str = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : undefined);

function textKey(model: NotificationModel): string {
  const field = VARIANT_FIELD[model.kind];
  const variant = field ? str(model.data[field]) : undefined;
  const base = `slack.notify.${model.kind}`;
  // An outcome this surface has no words for yet still gets the kind's general sentence.
  return variant && `${base}.${variant}` in slackMessages.fr ? `${base}.${variant}` : base;
}

function params(locale: Locale, model: NotificationModel): Record<string, MrkdwnValue | undefined> {
  const { data, mission } = model;
  const deadline =
    str(data.reportDeadline) ?? str(data.newDeadline) ?? str(data.validUntil) ?? mission?.reportDeadline ?? undefined;
  const cents = typeof data.amountCents === "number" ? data.amountCents : undefined;
  return {
    reference: mission?.reference ?? str(data.reference) ?? str(data.number) ?? "",
    organisation: clip(mission?.organisation ?? str(data.organisation) ?? "", 200),
    country: mission?.countryCode ?? str(data.country) ?? "",
    partner: clip(mission?.foreignPartner ?? "", 200),
    deadline: deadline ? formatDate(deadline, locale) : "",
    days: str(data.daysLeft) ?? str(data.daysLate) ?? "",
    by: clip(str(data.by) ?? "", 200),
    label: str(data.labelNumber) ?? str(data.number) ?? "",
    amount: cents === undefined ? "" : formatEuros(cents, locale),
    kind: str(data.kind) ?? "",
    error: clip(str(data.error) ?? "", 500),
    surface: str(data.surface) ?? "",
    where: clip(str(data.where) ?? "", 200),
    summary: clip(str(data.summary) ?? "", 500),
  };
}

/** What a person or DAECT wrote alongside: a reason, a comment, a question, a note. */
function quote(data: Record<string, unknown>): Mrkdwn | undefined {
  const text = str(data.comment) ?? str(data.reason) ?? str(data.question) ?? str(data.note);
  if (!text) return undefined;
  return joinMrkdwn(
    clip(text, 1500)
      .split("\n")
      .map((line) => mrkdwn`> ${line}`),
    "\n",
  );
}

/** The actions a reminder prompt says the surface may offer (src/workflow/reminders). */
function offers(model: NotificationModel, action: string): boolean {
  return Array.isArray(model.data.actions) && model.data.actions.includes(action);
}

function buttons(locale: Locale, model: NotificationModel): Block[] {
  const missionId = model.mission?.id;
  if (!missionId) return [];
  switch (model.kind) {
    case "report_requested":
    case "report_returned":
    case "report_reminder": {
      const snoozes = Array.isArray(model.data.snoozeChoices) ? (model.data.snoozeChoices as number[]) : [];
      return [
        actions([
          button(t(locale, "slack.action.writeReport"), ACTIONS.openReport, missionId, "primary"),
          ...snoozes
            .slice(0, 3)
            .map((days) =>
              button(t(locale, "slack.action.snooze", { days }), `${ACTIONS.snooze}_${days}`, `${missionId}|${days}`),
            ),
          ...(offers(model, "request_extension")
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
      const extensionId = str(model.data.extensionId);
      if (!extensionId) return [];
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
  const text = tm(locale, textKey(model), params(locale, model));
  const blocks: Block[] = [section(text)];
  const quoted = quote(model.data);
  if (quoted) blocks.push(section(quoted));
  if ((model.kind === "report_submitted" || model.kind === "report_validation_reminder") && model.mission?.report) {
    blocks.push(...reportSummary(locale, model.mission));
  }
  blocks.push(...buttons(locale, model));
  if (model.mission) {
    blocks.push(
      context(
        mrkdwn`EXPE-CT · ${model.mission.reference} · ${model.mission.countryCode} · ${clip(model.mission.organisation, 200)}`,
      ),
    );
  }
  return { text, blocks };
}
