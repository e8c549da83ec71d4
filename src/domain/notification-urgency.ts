/** The kinds of message the workflow asks the surfaces to deliver. Surfaces render each kind. */
export const NOTIFICATION_KINDS = [
  "application_submitted",
  "application_recommended",
  "application_decided",
  "application_withdrawn",
  "application_changes_requested",
  "application_resubmitted",
  "diploma_issued",
  "label_revoked",
  "label_suspended",
  "label_reinstated",
  "label_missions_flagged",
  "label_expiring",
  "label_expired",
  "solicitation_declared",
  "embassy_validation_requested",
  "embassy_decided",
  "embassy_question",
  "mission_to_confirm",
  "mission_confirmed",
  "mission_cancelled",
  "mission_updated",
  "report_requested",
  "report_submitted",
  "report_validated",
  "report_returned",
  "report_reminder",
  "report_validation_reminder",
  "report_escalation",
  "reimbursement_proposal",
  "reimbursement_requested",
  "reimbursement_settled",
  "late_report",
  "extension_requested",
  "extension_decided",
  "delivery_failed",
  "unexpected_error",
  "delegation_named",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * A nudge asks the recipient to do something that can wait for the morning (reminders, escalations,
 * proposals, label warnings, work to review, a demand to pay back): quiet hours in their zone hold it. An answer tells them what
 * became of their own action or file (diploma, decisions, refusals, extension decided): it goes at once, and
 * Slack's and Teams' own do-not-disturb decide whether it rings.
 */
export type NotificationUrgency = "nudge" | "answer";

export const NOTIFICATION_URGENCY: Readonly<Record<NotificationKind, NotificationUrgency>> = {
  application_submitted: "nudge",
  application_recommended: "nudge",
  application_decided: "answer",
  application_withdrawn: "answer",
  // The committee's answer to the body's file: it goes at once, like a decision.
  application_changes_requested: "answer",
  application_resubmitted: "nudge",
  diploma_issued: "answer",
  label_revoked: "answer",
  // The body is told at once what became of its label; DAECT, of the missions its own decision leaves open.
  label_suspended: "answer",
  label_reinstated: "answer",
  label_missions_flagged: "answer",
  label_expiring: "nudge",
  label_expired: "nudge",
  solicitation_declared: "nudge",
  embassy_validation_requested: "nudge",
  embassy_decided: "answer",
  embassy_question: "nudge",
  mission_to_confirm: "nudge",
  mission_confirmed: "answer",
  mission_cancelled: "answer",
  mission_updated: "answer",
  report_requested: "nudge",
  report_submitted: "nudge",
  report_validated: "answer",
  report_returned: "answer",
  report_reminder: "nudge",
  report_validation_reminder: "nudge",
  report_escalation: "nudge",
  reimbursement_proposal: "nudge",
  reimbursement_requested: "nudge",
  reimbursement_settled: "answer",
  late_report: "nudge",
  extension_requested: "nudge",
  extension_decided: "answer",
  delivery_failed: "nudge",
  // DAECT's alert that someone met an unexpected error: it goes to a shared channel, at once.
  unexpected_error: "answer",
  // The stand-in learns at once that they are one: the absence may start today.
  delegation_named: "answer",
};

/** Whether quiet hours in the recipient's zone hold this kind back (see quiet-hours.ts). */
export function waitsForQuietHours(kind: NotificationKind): boolean {
  return NOTIFICATION_URGENCY[kind] === "nudge";
}
