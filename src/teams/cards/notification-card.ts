import { formatDate, formatDateTime, formatEuros, type Locale, t } from "../../i18n";
import type { NotificationKind } from "../../workflow/notifications";
import type { MissionDetails } from "../../workflow/teams";
import { VERB } from "../constants";
import { alert, type Card, card, type Element, execute, good, heading, subtle, text } from "./card-kit";
import { embassyValidationCard } from "./embassy-validation-card";
import { escapeMarkdown, type Markdown, tmd } from "./markdown";
import { missionSummaryFacts } from "./mission-sections";
import { reportPromptCard } from "./report-prompt-card";
import { reportReviewCard } from "./report-review-card";

export interface NotificationView {
  kind: NotificationKind;
  data: Record<string, unknown>;
  /** The mission the notification is about, loaded by the deliverer; null for label and application news. */
  mission: MissionDetails | null;
  locale: Locale;
  snoozeDays: readonly number[];
}

const str = (value: unknown): string | undefined => (typeof value === "string" && value ? value : undefined);

/** A title is plain words: the whole of it is escaped, its mission reference and label number with it. */
function titleOf(view: NotificationView): Markdown {
  const title = t(view.locale, `teams.notify.${view.kind}`, {
    reference: view.mission?.reference ?? "",
    number: str(view.data.number) ?? str(view.data.labelNumber) ?? "",
  });
  // A mission title without its mission (deleted since) loses the dangling dash.
  return escapeMarkdown(title.replace(/\s—\s*$/u, ""));
}

/** A title, a few lines, and the mission's summary when there is one: the shape of every plain notice. */
function notice(view: NotificationView, lines: Element[]): Card {
  const title = titleOf(view);
  const summary = view.mission ? [missionSummaryFacts(view.mission, view.locale)] : [];
  return card([heading(title), ...lines, ...summary], [], { fallbackText: title });
}

function commentLines(view: NotificationView): Element[] {
  const { locale, data } = view;
  const lines: Element[] = [];
  const comment = str(data.comment);
  const reason = str(data.reason);
  const question = str(data.question);
  const by = str(data.by);
  if (question) lines.push(text(escapeMarkdown(question)));
  if (reason) lines.push(text(tmd(locale, "teams.notify.reason", { reason })));
  if (comment) lines.push(text(tmd(locale, "teams.notify.comment", { comment })));
  if (by) lines.push(subtle(tmd(locale, "teams.notify.by", { by })));
  return lines;
}

function embassyDecided(view: NotificationView): Card {
  const { locale, data } = view;
  const params = { by: str(data.by) ?? "", at: str(data.at) ? formatDateTime(new Date(String(data.at)), locale) : "" };
  const line =
    data.decision === "validated"
      ? good(tmd(locale, "teams.embassy.validated", params))
      : alert(tmd(locale, "teams.embassy.refused", params));
  const comment = str(data.comment);
  return notice(view, [line, ...(comment ? [text(tmd(locale, "teams.embassy.comment", { comment }))] : [])]);
}

function reportReturned(view: NotificationView, mission: MissionDetails): Card {
  const { locale } = view;
  const title = titleOf(view);
  return card(
    [heading(title), ...commentLines(view), missionSummaryFacts(mission, locale)],
    [execute(t(locale, "teams.report.write"), VERB.reportForm, { missionId: mission.id }, { style: "positive" })],
    { fallbackText: title },
  );
}

function withMission(view: NotificationView, mission: MissionDetails): Card {
  const { locale, data } = view;
  switch (view.kind) {
    case "embassy_validation_requested":
      return embassyValidationCard({ mission, locale, canDecide: true });
    case "report_requested":
    case "report_reminder":
      return reportPromptCard({
        mission,
        locale,
        reminder: view.kind === "report_reminder",
        snoozeDays: view.snoozeDays,
      });
    case "report_submitted":
    case "report_validation_reminder":
      return reportReviewCard({ mission, locale, canReview: true });
    case "report_validated":
      return reportReviewCard({ mission, locale, canReview: false });
    case "report_returned":
      return reportReturned(view, mission);
    case "embassy_decided":
      return embassyDecided(view);
    case "reimbursement_requested": {
      const amount = typeof data.amountCents === "number" ? data.amountCents : (mission.reimbursementCents ?? 0);
      return notice(view, [
        text(tmd(locale, "teams.notify.reimbursement_requested.body", { amount: formatEuros(amount, locale) })),
      ]);
    }
    case "reimbursement_settled":
      return notice(view, [text(tmd(locale, `teams.notify.reimbursement_settled.${str(data.outcome) ?? "paid"}`))]);
    case "extension_decided": {
      const granted = data.status === "granted";
      const date = str(data.newDeadline) ?? mission.reportDeadline ?? "";
      const line = granted
        ? tmd(locale, "teams.notify.extension_decided.granted", { date: date ? formatDate(date, locale) : "" })
        : tmd(locale, "teams.notify.extension_decided.refused");
      return notice(view, [text(line), ...commentLines({ ...view, data: { comment: data.comment } })]);
    }
    default:
      return notice(view, commentLines(view));
  }
}

function withoutMission(view: NotificationView): Card | Markdown {
  const { locale, data } = view;
  switch (view.kind) {
    case "application_decided": {
      const approved = data.decision === "approved";
      return tmd(locale, `teams.notify.application_decided.${approved ? "approved" : "rejected"}`, {
        number: str(data.labelNumber) ?? "",
      });
    }
    case "label_expiring":
    case "label_expired":
    case "label_revoked":
      return notice(view, [...commentLines(view), subtle(tmd(locale, "teams.notify.label_hint"))]);
    case "delivery_failed":
      return notice(view, [text(escapeMarkdown(str(data.error) ?? str(data.reason) ?? ""))]);
    case "unexpected_error":
      return notice(view, [text(escapeMarkdown(`${str(data.summary) ?? ""} (${str(data.reference) ?? ""})`))]);
    default:
      return notice(view, commentLines(view));
  }
}

/**
 * Every kind of notification as a Teams person or channel reads it: the cards that carry actions
 * (embassy validation, report prompts and reviews) or a plain notice. Markdown alone is sent as a text message.
 */
export function renderNotification(view: NotificationView): Card | Markdown {
  return view.mission ? withMission(view, view.mission) : withoutMission(view);
}
