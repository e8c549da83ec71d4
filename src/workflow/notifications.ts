import type { Tx } from "./context";

/** The kinds of message the workflow asks the surfaces to deliver. Surfaces render each kind. */
export const NOTIFICATION_KINDS = [
  "application_submitted",
  "application_recommended",
  "application_decided",
  "application_withdrawn",
  "label_revoked",
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
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Shared destinations: the configured DAECT and committee channels, or an embassy's Teams channel. */
export type SharedChannel = "daect" | "committee" | `embassy:${string}`;

export interface NotificationInput {
  kind: NotificationKind;
  recipientId?: string;
  channel?: SharedChannel;
  missionId?: string;
  data?: Record<string, unknown>;
  /** Makes the row unique: a second queue with the same key is ignored. */
  dedupeKey?: string;
  /** Not before this instant (quiet hours are applied again by the delivery). */
  notBefore?: Date;
}

/** Queues notifications in the caller's transaction: they exist if and only if the change does. */
export async function queueNotifications(tx: Tx, now: Date, items: readonly NotificationInput[]): Promise<void> {
  for (const item of items) {
    if (item.dedupeKey) {
      const existing = await tx.outbox.findUnique({ where: { dedupeKey: item.dedupeKey } });
      if (existing) continue;
    }
    await tx.outbox.create({
      data: {
        kind: item.kind,
        recipientId: item.recipientId ?? null,
        channel: item.channel ?? null,
        missionId: item.missionId ?? null,
        payload: JSON.stringify(item.data ?? {}),
        dedupeKey: item.dedupeKey ?? null,
        nextAttemptAt: item.notBefore ?? now,
        createdAt: now,
      },
    });
  }
}

/** One notification per person, same kind and data. */
export function toEach(
  personIds: readonly string[],
  base: Omit<NotificationInput, "recipientId">,
): NotificationInput[] {
  return [...new Set(personIds)].map((recipientId) => ({ ...base, recipientId }));
}
