import { formatDate, formatDateTime, formatEuros, type Locale } from "../../i18n";
import type { MissionDetails } from "../../workflow";
import type { NotificationData, TypedNotification } from "../../workflow/notification-kinds";
import { VERB } from "../constants";
import { t } from "../words";
import { alert, type Card, card, type Element, execute, good, heading, openUrl, subtle, text } from "./card-kit";
import { embassyValidationCard } from "./embassy-validation-card";
import { escapeMarkdown, type Markdown, tmd } from "./markdown";
import { confirmAction, isAwaitingConfirmation, missionConfirmCard } from "./mission-confirm-card";
import { missionSummaryFacts } from "./mission-sections";
import { reportPromptCard } from "./report-prompt-card";
import { reportReviewCard } from "./report-review-card";

/** A notification with its data typed by kind, as the deliverer hands it to be drawn. */
export type NotificationView = TypedNotification & {
  /** The mission the notification is about, loaded by the deliverer; null for label and application news. */
  mission: MissionDetails | null;
  locale: Locale;
  /** The recipient's zone for the times shown (an embassy in Dakar reads Dakar time); Paris when unknown. */
  timeZone?: string;
  snoozeDays: readonly number[];
  /** For diploma_issued: the signed download link the deliverer made for this recipient. */
  diplomaLink?: { url: string; expiresAt: Date };
};

function labelNumberOf(view: NotificationView): string {
  switch (view.kind) {
    case "label_revoked":
    case "label_suspended":
    case "label_reinstated":
    case "label_missions_flagged":
    case "label_expiring":
    case "label_expired":
      return view.data.number;
    case "application_decided":
      return view.data.labelNumber ?? "";
    case "diploma_issued":
      return view.data.labelNumber;
    default:
      return "";
  }
}

/** What people wrote alongside a notification, and who did. */
interface Remarks {
  question?: string;
  reason?: string;
  comment?: string;
  by?: string;
}

function remarksOf(view: NotificationView): Remarks {
  switch (view.kind) {
    case "embassy_question":
      return { question: view.data.question, by: view.data.by };
    case "label_revoked":
    case "label_suspended":
    case "mission_cancelled":
      return { reason: view.data.reason };
    case "report_validated":
    case "report_returned":
      return { comment: view.data.comment, by: view.data.by };
    case "extension_decided":
      return { comment: view.data.comment };
    default:
      return {};
  }
}

/** A title is plain words: the whole of it is escaped, its mission reference and label number with it. */
function titleOf(view: NotificationView): Markdown {
  const title = t(view.locale, `teams.notify.${view.kind}`, {
    reference: view.mission?.reference ?? "",
    number: labelNumberOf(view),
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
  const { locale } = view;
  const lines: Element[] = [];
  const { comment, reason, question, by } = remarksOf(view);
  if (question) lines.push(text(escapeMarkdown(question)));
  if (reason) lines.push(text(tmd(locale, "teams.notify.reason", { reason })));
  if (comment) lines.push(text(tmd(locale, "teams.notify.comment", { comment })));
  if (by) lines.push(subtle(tmd(locale, "teams.notify.by", { by })));
  return lines;
}

function embassyDecided(view: NotificationView & { kind: "embassy_decided" }): Card {
  const { locale, data } = view;
  const params = { by: data.by, at: data.at ? formatDateTime(new Date(data.at), locale, view.timeZone) : "" };
  const line =
    data.decision === "validated"
      ? good(tmd(locale, "teams.embassy.validated", params))
      : alert(tmd(locale, "teams.embassy.refused", params));
  const { comment } = data;
  const shown = notice(view, [line, ...(comment ? [text(tmd(locale, "teams.embassy.comment", { comment }))] : [])]);
  // The focal points get this news when the embassy validates: the card is where they confirm, as on Slack's Home.
  const mission = view.mission;
  if (data.decision !== "validated" || !mission || !isAwaitingConfirmation(mission.status)) return shown;
  return { ...shown, actions: [confirmAction(mission.id, locale)] };
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
  const { locale } = view;
  switch (view.kind) {
    case "embassy_validation_requested":
      return embassyValidationCard({ mission, locale, timeZone: view.timeZone, canDecide: true });
    case "mission_to_confirm":
      return missionConfirmCard({ mission, locale, canConfirm: true });
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
      const amount = view.data.amountCents;
      return notice(view, [
        text(tmd(locale, "teams.notify.reimbursement_requested.body", { amount: formatEuros(amount, locale) })),
      ]);
    }
    case "reimbursement_settled":
      return notice(view, [text(tmd(locale, `teams.notify.reimbursement_settled.${view.data.outcome}`))]);
    case "extension_decided": {
      const granted = view.data.status === "granted";
      const date = view.data.newDeadline ?? mission.reportDeadline ?? "";
      const line = granted
        ? tmd(locale, "teams.notify.extension_decided.granted", { date: date ? formatDate(date, locale) : "" })
        : tmd(locale, "teams.notify.extension_decided.refused");
      return notice(view, [text(line), ...commentLines(view)]);
    }
    default:
      return notice(view, commentLines(view));
  }
}

/** L7 in Teams: the diploma is a PDF behind a signed link that expires (docs/teams.md says why not file consent). */
function diplomaCard(view: NotificationView & { kind: "diploma_issued" }): Card {
  const { locale, data, diplomaLink } = view;
  return diplomaDownloadCard({ locale, ...data, link: diplomaLink });
}

export interface DiplomaDownloadView {
  locale: Locale;
  organisation: string;
  labelNumber: string;
  /** The signed link made for this person; without one, the card only says the diploma exists. */
  link?: { url: string; expiresAt: Date };
}

/** The diploma's card: at approval (diploma_issued) and again whenever its focal point types "diplôme". */
export function diplomaDownloadCard(view: DiplomaDownloadView): Card {
  const { locale, link } = view;
  const title = escapeMarkdown(t(locale, "teams.notify.diploma_issued", { number: view.labelNumber }));
  const body = tmd(locale, "teams.diploma.body", { organisation: view.organisation, number: view.labelNumber });
  if (!link) return card([heading(title), text(body)], [], { fallbackText: title });
  const expires = subtle(tmd(locale, "teams.diploma.expires", { date: formatDateTime(link.expiresAt, locale) }));
  return card([heading(title), text(body), expires], [openUrl(t(locale, "teams.diploma.download"), link.url)], {
    fallbackText: title,
  });
}

function withoutMission(view: NotificationView): Card | Markdown {
  const { locale } = view;
  switch (view.kind) {
    case "diploma_issued":
      return diplomaCard(view);
    case "application_decided":
      return tmd(locale, `teams.notify.application_decided.${view.data.decision}`, { number: labelNumberOf(view) });
    case "application_changes_requested":
      return changesRequested(view);
    case "label_expiring":
    case "label_expired": {
      const shown = notice(view, [...commentLines(view), subtle(tmd(locale, "teams.notify.label_hint"))]);
      const renew = execute(t(locale, "teams.application.renew"), VERB.applicationRenew, {
        labelId: view.data.labelId,
      });
      return { ...shown, actions: [renew] };
    }
    case "label_revoked":
      return notice(view, [alert(tmd(locale, "teams.notify.label_revoked.body")), ...commentLines(view)]);
    case "label_suspended": {
      const until = tmd(locale, "teams.notify.label_suspended.until", { date: formatDate(view.data.until, locale) });
      return notice(view, [alert(until), ...commentLines(view)]);
    }
    case "label_reinstated":
      return notice(view, [good(tmd(locale, "teams.notify.label_reinstated.body"))]);
    case "delegation_named": {
      const range = { from: formatDate(view.data.from, locale), to: formatDate(view.data.to, locale) };
      return notice(view, [text(tmd(locale, "teams.notify.delegation_named.body", { by: view.data.by, ...range }))]);
    }
    case "delivery_failed":
      return notice(view, [text(escapeMarkdown(deliveryFailure(view.data)))]);
    case "unexpected_error":
      return notice(view, [text(escapeMarkdown(`${view.data.summary} (${view.data.reference})`))]);
    default:
      return notice(view, commentLines(view));
  }
}

/** The committee sent the file back: its comment, and the button that opens the application card pre-filled. */
function changesRequested(view: NotificationView & { kind: "application_changes_requested" }): Card {
  const { locale, data } = view;
  const shown = notice(view, [
    text(tmd(locale, "teams.notify.application_changes_requested.body", { organisation: data.organisation })),
    text(tmd(locale, "teams.notify.comment", { comment: data.comment })),
  ]);
  const revise = execute(
    t(locale, "teams.application.revise"),
    VERB.applicationRevise,
    { applicationId: data.applicationId },
    { style: "positive" },
  );
  return { ...shown, actions: [revise] };
}

function deliveryFailure(data: NotificationData<"delivery_failed">): string {
  return data.cause === "dead_letter" ? data.error : (data.error ?? data.reason);
}

/**
 * Every kind of notification as a Teams person or channel reads it: the cards that carry actions
 * (embassy validation, report prompts and reviews) or a plain notice. Markdown alone is sent as a text message.
 */
export function renderNotification(view: NotificationView): Card | Markdown {
  return view.mission ? withMission(view, view.mission) : withoutMission(view);
}
