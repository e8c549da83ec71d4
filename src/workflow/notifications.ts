import { Prisma } from "../db/client";
import { executeSql, readSql } from "../db/direct-reads";
import type { NotificationKind } from "../domain/notification-urgency";
import type { SqlTx } from "./context";
import { checkNotificationData, type NotificationDataInput } from "./notification-kinds";
import { sqlInstant } from "./reminders/sweep-sql";
import { newRowId } from "./row-id";

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
 * The rows go in one statement (and one read first, only when some carry a dedupe key): each statement costs
 * about a millisecond of CPU on the verb's path, so the insert is SQL rather than Prisma's createMany. Standard
 * SQL (double-quoted identifiers, bound values, no SQLite function): it runs on PostgreSQL as it is.
 */
export async function queueNotifications(tx: SqlTx, now: Date, items: readonly NotificationInput[]): Promise<void> {
  const rows = items.map((item) => ({
    kind: item.kind,
    recipientId: item.recipientId ?? null,
    channel: item.channel ?? null,
    missionId: item.missionId ?? null,
    payload: JSON.stringify(checkNotificationData(item.kind, item.data ?? {})),
    dedupeKey: item.dedupeKey ?? null,
    nextAttemptAt: sqlInstant(item.notBefore ?? now),
  }));
  const keys = rows.flatMap((row) => (row.dedupeKey ? [row.dedupeKey] : []));
  const queued = new Set<string | null>();
  if (keys.length > 0) {
    const existing = await readSql<{ dedupeKey: string }>(
      tx,
      Prisma.sql`SELECT "dedupeKey" FROM "Outbox" WHERE "dedupeKey" IN (${Prisma.join(keys)})`,
    );
    for (const row of existing) queued.add(row.dedupeKey);
  }
  // A key given twice in one call is queued once, as the per-item check did.
  const fresh = rows.filter((row) => {
    if (row.dedupeKey === null) return true;
    if (queued.has(row.dedupeKey)) return false;
    queued.add(row.dedupeKey);
    return true;
  });
  if (fresh.length === 0) return;
  const createdAt = sqlInstant(now);
  const values = fresh.map(
    (row) =>
      Prisma.sql`(${newRowId()}, ${row.kind}, ${row.recipientId}, ${row.channel}, ${row.missionId}, ${row.payload},
        ${row.dedupeKey}, 'pending', 0, ${row.nextAttemptAt}, ${createdAt})`,
  );
  await executeSql(
    tx,
    Prisma.sql`
    INSERT INTO "Outbox" ("id", "kind", "recipientId", "channel", "missionId", "payload", "dedupeKey", "status",
      "attempts", "nextAttemptAt", "createdAt")
    VALUES ${Prisma.join(values)}`,
  );
}

/** One notification per person, same kind and data. */
export function toEach(personIds: readonly string[], base: WithoutRecipient<NotificationInput>): NotificationInput[] {
  return [...new Set(personIds)].map((recipientId) => ({ ...base, recipientId }) as NotificationInput);
}
