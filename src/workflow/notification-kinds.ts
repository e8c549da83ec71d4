import { z } from "zod";
import { NOTIFICATION_KINDS, type NotificationKind } from "../domain/notification-urgency";

/**
 * The data each notification kind carries, checked when a verb queues it and parsed again when a surface
 * renders it: the renderers read these fields, typed, and a renamed field breaks the type check rather than a
 * message. Optional fields are those a verb may leave out (JSON drops an undefined value).
 */
const id = z.string().min(1);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const text = z.string();

const application = z.object({ applicationId: id });

/** What a reminder sweep writes for every mission prompt (src/workflow/reminders/mission-prompts.ts). */
const missionPrompt = z.object({ missionId: id, reference: z.string(), reminderKind: z.string(), dueOn: date });

/** A row notify could not deliver: DAECT is told which, to whom, and why. */
const deadLetter = z.object({
  cause: z.literal("dead_letter").default("dead_letter"),
  outboxId: id,
  kind: z.string(),
  recipientId: z.string().nullable(),
  channel: z.string().nullable(),
  attempts: z.number().int(),
  error: z.string(),
});

/** A chat or shared place a surface can no longer post to (src/workflow/admin/report-lost-route.ts). */
const conversationGone = z.object({
  cause: z.literal("conversation_gone").default("conversation_gone"),
  /** The delivery channel's name. */
  via: z.string(),
  reason: z.string(),
  conversationKind: z.string(),
  recipientId: z.string().nullable(),
  embassyCountry: z.string().nullable(),
  error: z.string().optional(),
});

export const NOTIFICATION_DATA = {
  application_submitted: application,
  application_recommended: application,
  application_decided: application.extend({
    decision: z.enum(["approved", "rejected"]),
    labelId: id.optional(),
    labelNumber: z.string().optional(),
  }),
  application_withdrawn: application,
  /** The committee sent the file back to the body with what to change; the body reopens it pre-filled. */
  application_changes_requested: application.extend({ organisation: z.string(), comment: text }),
  /** The body sent the file back to the committee: the fields it changed, by key (COMPARED_FIELDS). */
  application_resubmitted: application.extend({ changed: z.array(z.string()) }),
  /** L7: the label granted, for the body's focal points, who receive the diploma itself. */
  diploma_issued: z.object({ labelId: id, labelNumber: z.string(), organisation: z.string() }),
  label_revoked: z.object({ labelId: id, number: z.string(), reason: text }),
  /** The last day of the suspension, Paris time: the label is valid again the day after. */
  label_suspended: z.object({ labelId: id, number: z.string(), reason: text, until: date }),
  label_reinstated: z.object({ labelId: id, number: z.string() }),
  /** To DAECT: the body's missions not yet departed when its label was revoked or suspended, to cancel or keep. */
  label_missions_flagged: z.object({
    labelId: id,
    number: z.string(),
    organisation: z.string(),
    change: z.enum(["revoked", "suspended"]),
    until: date.optional(),
    missions: z.array(
      z.object({ missionId: id, reference: z.string(), countryCode: z.string(), startDate: date, status: z.string() }),
    ),
  }),
  label_expiring: z.object({
    labelId: id,
    number: z.string(),
    reminderKind: z.string(),
    validUntil: date,
    daysLeft: z.number().int(),
  }),
  label_expired: z.object({ labelId: id, number: z.string() }),
  solicitation_declared: z.object({ solicitationId: id }),
  embassy_validation_requested: z.object({ round: z.number().int(), edited: z.boolean().optional() }),
  embassy_decided: z.object({
    decision: z.enum(["validated", "refused"]),
    comment: text.optional(),
    by: z.string(),
    at: z.string(),
  }),
  embassy_question: z.object({ question: text, by: z.string(), byId: z.string().nullable(), country: z.string() }),
  mission_to_confirm: z.object({}),
  mission_confirmed: z.object({}),
  mission_cancelled: z.object({ reason: text.optional() }),
  mission_updated: z.object({ event: z.enum(["opened", "edited"]) }),
  report_requested: z.object({ reportDeadline: date }),
  report_submitted: z.object({}),
  report_validated: z.object({ comment: text.optional(), by: z.string() }),
  report_returned: z.object({ comment: text.optional(), by: z.string() }),
  report_reminder: missionPrompt.extend({
    reportDeadline: date,
    daysLeft: z.number().int(),
    snoozeChoices: z.array(z.number().int().positive()),
    actions: z.array(z.string()),
  }),
  report_validation_reminder: missionPrompt.extend({
    submittedAt: z.string().nullable(),
    daysWaiting: z.number().int().nullable(),
    actions: z.array(z.string()),
  }),
  report_escalation: missionPrompt.extend({ reportDeadline: date, daysLate: z.number().int(), status: z.string() }),
  reimbursement_proposal: missionPrompt.extend({
    reportDeadline: date,
    daysLate: z.number().int(),
    amountCents: z.number().int().nullable(),
    actions: z.array(z.string()),
  }),
  reimbursement_requested: z.object({ amountCents: z.number().int() }),
  reimbursement_settled: z.object({ outcome: z.enum(["paid", "waived"]) }),
  late_report: z.object({}),
  extension_requested: z.object({ extensionId: id }),
  extension_decided: z.object({
    status: z.enum(["granted", "refused"]),
    newDeadline: date.optional(),
    comment: text.optional(),
  }),
  // Rows queued before `cause` existed are told apart by their fields, hence a plain union.
  delivery_failed: z.union([deadLetter, conversationGone]),
  /** src/workflow/incidents/alert-daect.ts: one per kind of error per hour, for DAECT's channel. */
  unexpected_error: z.object({
    kind: z.string(),
    reference: z.string(),
    surface: z.string(),
    where: z.string(),
    summary: z.string(),
    hour: z.string(),
  }),
  /** To a stand-in: whom they stand in for (src/domain/delegation.ts), Paris dates both included. */
  delegation_named: z.object({ by: z.string(), from: date, to: date }),
} satisfies Record<NotificationKind, z.ZodType>;

export type NotificationData<K extends NotificationKind = NotificationKind> = z.output<(typeof NOTIFICATION_DATA)[K]>;
/** What a verb hands in: defaults (a dead letter's cause) may be left out. */
export type NotificationDataInput<K extends NotificationKind = NotificationKind> = z.input<
  (typeof NOTIFICATION_DATA)[K]
>;

/** A notification's kind and its data, narrowed together: `if (n.kind === "x")` types `n.data`. */
export type TypedNotification = { [K in NotificationKind]: { kind: K; data: NotificationData<K> } }[NotificationKind];
export type TypedNotificationInput = {
  [K in NotificationKind]: { kind: K; data: NotificationDataInput<K> };
}[NotificationKind];

const KINDS: ReadonlySet<string> = new Set(NOTIFICATION_KINDS);

export function isNotificationKind(kind: string): kind is NotificationKind {
  return KINDS.has(kind);
}

export type ParsedNotification = { ok: true; notification: TypedNotification } | { ok: false; error: string };

/** A stored row's kind and data as the renderers read them, or why they no longer can. */
export function parseNotification(kind: string, data: unknown): ParsedNotification {
  if (!isNotificationKind(kind)) return { ok: false, error: `unknown notification kind ${JSON.stringify(kind)}` };
  const parsed = NOTIFICATION_DATA[kind].safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join(".") || "data"}: ${i.message}`).join("; ");
    return { ok: false, error: `invalid ${kind} data (${where})` };
  }
  return { ok: true, notification: { kind, data: parsed.data } as TypedNotification };
}

/** The check at queue time: a verb that writes the wrong shape fails in its own transaction, loudly. */
export function checkNotificationData<K extends NotificationKind>(kind: K, data: unknown): NotificationData<K> {
  return NOTIFICATION_DATA[kind].parse(data) as NotificationData<K>;
}
