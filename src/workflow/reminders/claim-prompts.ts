import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client";
import type { Tx } from "../context";
import { checkNotificationData } from "../notification-kinds";
import type { PlannedPrompt } from "./plan-prompts";
import { chunks, type Prompt } from "./prompt";
import type { SnoozeRow } from "./snooze-follow-ups";
import { findOutboxIds, insertOutboxRows, insertRemindersFor, sqlInstant } from "./sweep-sql";

const ATTEMPTS = 5;

/** Another process holds the SQLite write lock, or took a key under our feet: the batch is tried again. */
function isContention(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  if (code === "P2002" || code === "P2034" || code === "P1008") return true;
  if (typeof code === "string" && code.startsWith("SQLITE_BUSY")) return true;
  const message = error instanceof Error ? error.message : "";
  return /SQLITE_BUSY|database is locked|SocketTimeout|Transaction already closed|UNIQUE constraint failed/i.test(
    message,
  );
}

async function withRetry<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isContention(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
    }
  }
}

/**
 * One statement queues the batch and skips every key already queued (by another sweeper, say); the
 * Reminder rows follow from the outbox rows that went in. Usually all of them did: only when some were
 * skipped is it worth asking which.
 */
async function claimBatch(tx: Tx, now: Date, batch: readonly PlannedPrompt[]): Promise<Prompt[]> {
  const at = sqlInstant(now);
  const all = batch.map(({ prompt, state }) => ({
    prompt,
    outbox: {
      id: randomUUID(),
      kind: prompt.notification,
      recipientId: prompt.recipient.type === "person" ? prompt.recipient.personId : null,
      channel: prompt.recipient.type === "channel" ? prompt.recipient.channel : null,
      missionId: prompt.missionId,
      // Checked like every queued notification (notification-kinds.ts): a sweep never writes a row no one can read.
      payload: checkNotificationData(prompt.notification, prompt.data),
      dedupeKey: prompt.key,
      // Quiet hours are applied again at delivery; queuing for the morning spares the deliverer the night.
      nextAttemptAt: state.status === "quiet_hours" ? sqlInstant(state.until) : at,
      createdAt: at,
    },
  }));
  const inserted = await insertOutboxRows(
    tx,
    all.map((r) => r.outbox),
  );
  let rows = all;
  if (inserted < all.length) {
    const ours = new Set(
      await findOutboxIds(
        tx,
        all.map((r) => r.outbox.id),
      ),
    );
    rows = all.filter((r) => ours.has(r.outbox.id));
  }
  await insertRemindersFor(
    tx,
    rows.filter((r) => r.prompt.subject === "mission").map((r) => r.outbox.id),
  );
  for (const { prompt } of rows) {
    if (prompt.endsSnooze && prompt.recipient.type === "person") {
      await removeSnooze(tx, {
        missionId: prompt.subjectId,
        personId: prompt.recipient.personId,
        ...prompt.endsSnooze,
      });
    }
  }
  return rows.map((r) => r.prompt);
}

/** Only the snooze that ended: one taken again meanwhile has another end and stays. */
function removeSnooze(tx: Tx, snooze: SnoozeRow) {
  return tx.snooze.deleteMany({ where: snooze });
}

/**
 * Claims each prompt at most once: its outbox row (unique dedupe key) and its Reminder row (unique key)
 * are written in one transaction, so a prompt is either claimed and queued, or neither.
 */
export async function claimPrompts(
  db: Db,
  now: Date,
  planned: readonly PlannedPrompt[],
  stale: readonly SnoozeRow[],
  batchSize: number,
): Promise<Prompt[]> {
  const claimed: Prompt[] = [];
  for (const batch of chunks(planned, batchSize)) {
    claimed.push(
      ...(await withRetry(() =>
        db.$transaction((tx) => claimBatch(tx, now, batch), { timeout: 20_000, maxWait: 20_000 }),
      )),
    );
  }
  for (const batch of chunks(stale, batchSize)) {
    await withRetry(() =>
      db.$transaction(async (tx) => {
        for (const snooze of batch) await removeSnooze(tx, snooze);
      }),
    );
  }
  return claimed;
}
