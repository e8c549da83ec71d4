import { DEFAULT_REMINDER_POLICY, type ReminderNotification, type ReminderPolicy } from "../../domain/reminder-policy";
import { PARIS } from "../../domain/time";

/** Who a prompt goes to: a person (in their zone, for quiet hours) or the DAECT channel. */
export type PromptRecipient =
  | { type: "person"; personId: string; name: string; email: string; timeZone: string }
  | { type: "channel"; channel: "daect" };

/**
 * One prompt the policy says is due: a reminder for a mission or a warning for a label. Its key is
 * subject, kind, the date it counts from and recipient, so it goes out at most once, and again only
 * when its anchor moves (a granted extension brings new deadline prompts).
 */
export interface Prompt {
  key: string;
  subject: "mission" | "label";
  subjectId: string;
  missionId: string | null;
  /** The mission reference or the label number, as people know them. */
  reference: string;
  kind: string;
  notification: ReminderNotification;
  recipient: PromptRecipient;
  dueOn: string;
  data: Record<string, unknown>;
  /** A follow-up after a snooze ends: it replaces the snooze row, which is removed with the claim. */
  endsSnooze?: { until: Date };
}

/** Why a due prompt does not go out now, or "send". Quiet hours still claim it: delivery holds it back. */
export type PromptStatus =
  | { status: "send" }
  | { status: "quiet_hours"; until: Date }
  | { status: "snoozed"; until: Date }
  | { status: "already_sent" };

export interface ReminderOptions {
  /** TZ_DEFAULT: the zone of people who did not set theirs. */
  defaultTimeZone?: string;
  policy?: ReminderPolicy;
  /** Prompts claimed per transaction. */
  batchSize?: number;
}

export type ResolvedReminderOptions = Required<ReminderOptions>;

export function resolveReminderOptions(options: ReminderOptions = {}): ResolvedReminderOptions {
  return {
    defaultTimeZone: options.defaultTimeZone ?? PARIS,
    policy: options.policy ?? DEFAULT_REMINDER_POLICY,
    batchSize: options.batchSize ?? 1000,
  };
}

export function recipientKey(recipient: PromptRecipient): string {
  return recipient.type === "person" ? recipient.personId : recipient.channel;
}

export function promptKey(
  subject: Prompt["subject"],
  subjectId: string,
  kind: string,
  anchor: string,
  recipient: PromptRecipient,
): string {
  const prefix = subject === "label" ? "label:" : "";
  return `${prefix}${subjectId}:${kind}:${anchor}:${recipientKey(recipient)}`;
}

/** What the surfaces may offer on a report prompt; each action is an existing verb. */
export const REPORT_PROMPT_ACTIONS = ["open_report_form", "snooze", "request_extension"] as const;

/** Splits a list for IN (...) queries and batched writes. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
