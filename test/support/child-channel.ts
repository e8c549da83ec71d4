import fs from "node:fs";
import type { Db } from "../../src/db/client";
import type {
  DeliveryChannel,
  DeliveryResult,
  DeliveryTarget,
  OutgoingNotification,
} from "../../src/notify/delivery-channel";
import type { Clock } from "../../src/workflow/context";

export interface Delivered {
  platform: string;
  outboxId: string;
  kind: string;
  to: string;
  reminderKind: string | undefined;
  at: Date;
  data: Record<string, unknown>;
}

type Scripted = DeliveryResult | Error;

/**
 * An in-memory chat platform for reminder tests and child processes: records every accepted message
 * (and appends it to `logFile` when given, so a parent process can read what a child sent) and answers
 * from a script, the way the Slack and Teams channels report 429s, 5xx and permanent failures.
 */
export class RecordingChannel implements DeliveryChannel {
  readonly delivered: Delivered[] = [];
  readonly attempts: { outboxId: string; at: Date }[] = [];
  readonly script: Scripted[] = [];

  constructor(
    readonly platform: string,
    private readonly clock: Clock,
    private readonly reach: (target: DeliveryTarget) => Promise<boolean>,
    private readonly logFile?: string,
  ) {}

  get name(): string {
    return this.platform;
  }

  canReach(target: DeliveryTarget): Promise<boolean> {
    return this.reach(target);
  }

  async deliver(notification: OutgoingNotification, target: DeliveryTarget): Promise<DeliveryResult> {
    await new Promise((resolve) => setImmediate(resolve));
    this.attempts.push({ outboxId: notification.id, at: this.clock.now() });
    const next = this.script.shift() ?? { status: "sent" };
    if (next instanceof Error) throw next;
    if (next.status !== "sent") return next;
    const record: Delivered = {
      platform: this.platform,
      outboxId: notification.id,
      kind: notification.kind,
      to: target.type === "person" ? target.email : target.channel,
      reminderKind: "reminderKind" in notification.data ? notification.data.reminderKind : undefined,
      at: this.clock.now(),
      data: notification.data,
    };
    this.delivered.push(record);
    if (this.logFile) fs.appendFileSync(this.logFile, `${JSON.stringify(record)}\n`);
    return next;
  }
}

/**
 * Slack reaches people with a Slack account in its address book and the configured shared channels; Teams, people
 * with a Teams account (as the real channels answer from their own stores).
 */
export const slackReach = (db: Db) => async (t: DeliveryTarget) =>
  t.type === "person"
    ? (await db.slackAccount.count({ where: { personId: t.personId } })) > 0
    : t.channel === "daect" || t.channel === "committee";
export const teamsReach = (db: Db) => async (t: DeliveryTarget) =>
  t.type === "person" && (await db.teamsAccount.count({ where: { personId: t.personId } })) > 0;

/** Links a person to a Slack account, as the Slack surface's store does on first contact. */
export function linkSlack(db: Db, personId: string, slackUserId: string) {
  return db.slackAccount.create({ data: { personId, slackUserId } });
}

/** Links a person to a Teams account, as the Teams surface's store does on first contact. */
export function linkTeams(db: Db, personId: string, teamsUserId: string) {
  return db.teamsAccount.create({ data: { personId, teamsUserId } });
}

export function readDeliveredLog(file: string): Delivered[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Delivered);
}
