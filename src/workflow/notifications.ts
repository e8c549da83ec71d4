import type { NotificationKind } from "../domain/notification-urgency";
import type { Tx } from "./context";
import { checkNotificationData, type NotificationDataInput } from "./notification-kinds";

export { NOTIFICATION_KINDS, type NotificationKind } from "../domain/notification-urgency";

/** Shared destinations: the configured DAECT and committee channels, or an embassy's Teams channel. */
export type SharedChannel = "daect" | "committee" | `embassy:${string}`;

interface Addressing {
  recipientId?: string;
  channel?: SharedChannel;
  missionId?: string;
  /** Makes the row unique: a second queue with the same key is ignored. */
  dedupeKey?: string;
  /** Not before this instant (quiet hours are applied again by the delivery, to nudges). */
  notBefore?: Date;
}

/** A kind whose data may be empty may leave it out; the others must give it, in the kind's shape. */
type DataOf<K extends NotificationKind> =
  {} extends NotificationDataInput<K> ? { data?: NotificationDataInput<K> } : { data: NotificationDataInput<K> };

export type NotificationInput = { [K in NotificationKind]: Addressing & { kind: K } & DataOf<K> }[NotificationKind];

type WithoutRecipient<T> = T extends unknown ? Omit<T, "recipientId"> : never;

/**
 * Queues notifications in the caller's transaction: they exist if and only if the change does. Each item's
 * data is checked against its kind's schema (notification-kinds.ts) first: a wrong shape fails the verb.
 */
export async function queueNotifications(tx: Tx, now: Date, items: readonly NotificationInput[]): Promise<void> {
  for (const item of items) {
    const data = checkNotificationData(item.kind, item.data ?? {});
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
        payload: JSON.stringify(data),
        dedupeKey: item.dedupeKey ?? null,
        nextAttemptAt: item.notBefore ?? now,
        createdAt: now,
      },
    });
  }
}

/** One notification per person, same kind and data. */
export function toEach(personIds: readonly string[], base: WithoutRecipient<NotificationInput>): NotificationInput[] {
  return [...new Set(personIds)].map((recipientId) => ({ ...base, recipientId }) as NotificationInput);
}
