import type { Db } from "../db/client";
import { waitsForQuietHours } from "../domain/notification-urgency";
import { isQuiet, nextAllowedInstant } from "../domain/quiet-hours";
import type { Clock } from "../workflow/context";
import { parseNotification } from "../workflow/notification-kinds";
import type { DeliveryChannel, DeliveryResult, DeliveryTarget, OutgoingNotification } from "./delivery-channel";
import {
  type DeliveryOptions,
  type ResolvedDeliveryOptions,
  resolveDeliveryOptions,
  retryDelayMs,
} from "./delivery-options";
import { loadDeliveryTarget } from "./delivery-target";
import { claimRow, deadLetter, findDueIds, markSent, type OutboxRow, postpone } from "./outbox-claims";

export interface DeliveryContext {
  db: Db;
  clock: Clock;
}

export interface DeliveryReport {
  sent: number;
  /** Held back without trying: quiet hours, or a platform that asked us to slow down. */
  postponed: number;
  retrying: number;
  dead: number;
}

type Attempt =
  | { type: "sent"; via: string }
  | { type: "wait"; until: Date; error?: string }
  | { type: "retry"; error: string }
  | { type: "failed"; error: string };

/** Rate limits seen during this run, by channel name: the channel's other rows wait instead of hitting it again. */
type Pauses = Map<string, Date>;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readPayload(payload: string): unknown {
  try {
    return JSON.parse(payload);
  } catch {
    return payload;
  }
}

/**
 * The row with its data parsed by its kind's schema, or why it cannot be: a row written before a field was
 * renamed, or by hand. Another attempt would read the same bytes, so such a row fails at once.
 */
function toOutgoing(row: OutboxRow): OutgoingNotification | { error: string } {
  const parsed = parseNotification(row.kind, readPayload(row.payload));
  if (!parsed.ok) return { error: parsed.error };
  const envelope = { id: row.id, missionId: row.missionId, attempt: row.attempts, createdAt: row.createdAt };
  return { ...envelope, ...parsed.notification };
}

async function send(
  channel: DeliveryChannel,
  notification: OutgoingNotification,
  target: DeliveryTarget,
): Promise<DeliveryResult> {
  try {
    return await channel.deliver(notification, target);
  } catch (error) {
    return { status: "retry", error: errorText(error) };
  }
}

/**
 * The channels that can reach the target, in routing order: the person's preferred channel first, then the others
 * in the order the composition root gives them. Each channel answers from its own address book.
 */
async function routesTo(channels: readonly DeliveryChannel[], target: DeliveryTarget): Promise<DeliveryChannel[]> {
  const reachable: DeliveryChannel[] = [];
  for (const channel of channels) if (await channel.canReach(target)) reachable.push(channel);
  const preferred = target.type === "person" ? target.preferredChannel : null;
  const first = reachable.find((channel) => channel.name === preferred);
  return first ? [first, ...reachable.filter((channel) => channel !== first)] : reachable;
}

/**
 * One channel per notification: the first route that can reach the target. Sending to both would leave a second
 * copy whose buttons go stale once the first is used. A permanent failure on one channel falls through to the next
 * one that can reach the person.
 */
async function attempt(
  ctx: DeliveryContext,
  channels: readonly DeliveryChannel[],
  options: ResolvedDeliveryOptions,
  row: OutboxRow,
  pauses: Pauses,
): Promise<Attempt> {
  const notification = toOutgoing(row);
  if ("error" in notification) return { type: "failed", error: notification.error };
  const target = await loadDeliveryTarget(ctx.db, row, options.defaultTimeZone);
  if (!target) return { type: "failed", error: "recipient_not_found" };
  const now = ctx.clock.now();
  // Only nudges wait for the morning: an answer (a diploma, a decision) is what the person is waiting for.
  if (target.type === "person" && waitsForQuietHours(notification.kind) && isQuiet(now, target.timeZone)) {
    return { type: "wait", until: nextAllowedInstant(now, target.timeZone) };
  }
  const reachable = await routesTo(channels, target);
  // Perhaps not linked to a platform yet: retried like an outage, then DAECT is told.
  if (reachable.length === 0) return { type: "retry", error: "unreachable" };
  const failures: string[] = [];
  for (const channel of reachable) {
    const pausedUntil = pauses.get(channel.name);
    if (pausedUntil && pausedUntil > now) return { type: "wait", until: pausedUntil };
    const result = await send(channel, notification, target);
    if (result.status === "sent") return { type: "sent", via: channel.name };
    const error = `${channel.name}: ${result.error}`;
    if (result.status === "retry") {
      if (result.retryAfterSeconds === undefined) return { type: "retry", error };
      const until = new Date(now.getTime() + result.retryAfterSeconds * 1000);
      pauses.set(channel.name, until);
      return { type: "wait", until, error };
    }
    failures.push(error);
  }
  return { type: "failed", error: failures.join("; ") };
}

async function settle(
  ctx: DeliveryContext,
  options: ResolvedDeliveryOptions,
  row: OutboxRow,
  outcome: Attempt,
): Promise<keyof DeliveryReport> {
  const { db } = ctx;
  const { worker, log } = options;
  const now = ctx.clock.now();
  const fields = { outboxId: row.id, kind: row.kind, attempt: row.attempts };
  switch (outcome.type) {
    case "sent":
      if (!(await markSent(db, row, worker, now, outcome.via))) {
        log.warn(fields, "notification sent after its claim was taken over");
      }
      return "sent";
    case "wait":
      await postpone(db, row, worker, outcome.until, { counted: false, error: outcome.error });
      return outcome.error ? "retrying" : "postponed";
    case "retry":
      if (row.attempts < options.maxAttempts) {
        const at = new Date(now.getTime() + retryDelayMs(row.attempts, options));
        await postpone(db, row, worker, at, { counted: true, error: outcome.error });
        log.info({ ...fields, error: outcome.error, nextAttemptAt: at }, "notification delivery will be retried");
        return "retrying";
      }
      break;
    case "failed":
      break;
  }
  await deadLetter(db, row, worker, now, outcome.error);
  log.warn({ ...fields, error: outcome.error }, "notification dead-lettered");
  return "dead";
}

/**
 * Delivers the outbox rows that are due, each claimed by one deliverer at a time. A row is sent once,
 * except if this process dies after the platform accepted it and before the row was marked: then the
 * claim expires and it goes out again. Channels get the row id to guard against that where they can.
 */
export async function deliverDueNotifications(
  ctx: DeliveryContext,
  channels: readonly DeliveryChannel[],
  options: DeliveryOptions,
): Promise<DeliveryReport> {
  const resolved = resolveDeliveryOptions(options);
  const report: DeliveryReport = { sent: 0, postponed: 0, retrying: 0, dead: 0 };
  const pauses: Pauses = new Map();
  for (const id of await findDueIds(ctx.db, ctx.clock.now(), resolved.batchSize)) {
    const row = await claimRow(ctx.db, id, resolved.worker, ctx.clock.now(), resolved.claimTtlMs);
    if (!row) continue;
    let outcome: Attempt;
    try {
      outcome = await attempt(ctx, channels, resolved, row, pauses);
    } catch (error) {
      outcome = { type: "retry", error: errorText(error) };
    }
    report[await settle(ctx, resolved, row, outcome)] += 1;
  }
  return report;
}
