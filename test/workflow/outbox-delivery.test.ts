import type { Db } from "../../src/db/client";
import { deliverDueNotifications } from "../../src/notify/deliver-due-notifications";
import type {
  DeliveryChannel,
  DeliveryResult,
  DeliveryTarget,
  OutgoingNotification,
} from "../../src/notify/delivery-channel";
import type { DeliveryOptions } from "../../src/notify/delivery-options";
import { claimRow } from "../../src/notify/outbox-claims";
import { queueNotifications } from "../../src/workflow/notifications";
import { freshDb } from "../support/db";
import { type NotificationSketch, withSampleData } from "../support/notification-samples";

type Scripted = DeliveryResult | Error;

/** An in-memory platform: records what it was asked to post and answers from a script (default: sent). */
class FakeChannel implements DeliveryChannel {
  readonly calls: { id: string; kind: string; attempt: number; target: DeliveryTarget }[] = [];
  readonly script: Scripted[] = [];
  always: Scripted | undefined;

  constructor(
    readonly name: string,
    private readonly reach: (target: DeliveryTarget) => Promise<boolean>,
  ) {}

  canReach(target: DeliveryTarget): Promise<boolean> {
    return this.reach(target);
  }

  async deliver(notification: OutgoingNotification, target: DeliveryTarget): Promise<DeliveryResult> {
    // Yield like a real HTTP call, so concurrent deliverers interleave.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
    this.calls.push({ id: notification.id, kind: notification.kind, attempt: notification.attempt, target });
    const next = this.script.shift() ?? this.always ?? { status: "sent" };
    if (next instanceof Error) throw next;
    return next;
  }
}

/** Each fake answers from its platform's own table, as the real channels do from their stores. */
const slackReach = (db: Db) => async (t: DeliveryTarget) =>
  t.type === "person"
    ? (await db.slackAccount.count({ where: { personId: t.personId } })) > 0
    : t.channel === "daect" || t.channel === "committee";
const teamsReach = (db: Db) => async (t: DeliveryTarget) =>
  (await db.teamsConversation.count({
    where:
      t.type === "person"
        ? { personId: t.personId, status: "active" }
        : { embassyCountry: t.channel.replace(/^embassy:/, ""), status: "active" },
  })) > 0;

// Wednesday 4 March 2026, 10:00 in Paris (UTC+1).
const T0 = new Date("2026-03-04T09:00:00Z");
const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe("outbox delivery", () => {
  let db: Db;
  let current: Date;
  let slack: FakeChannel;
  let teams: FakeChannel;
  const clock = { now: () => current };
  const options: DeliveryOptions = { worker: "w1", defaultTimeZone: "Europe/Paris", maxAttempts: 4 };

  const run = (extra: Partial<DeliveryOptions> = {}) =>
    deliverDueNotifications({ db, clock }, [slack, teams], { ...options, ...extra });
  const at = (ms: number) => {
    current = new Date(T0.getTime() + ms);
  };
  const queue = (...items: NotificationSketch[]) =>
    db.$transaction((tx) => queueNotifications(tx, current, items.map(withSampleData)));
  const row = (id: string) => db.outbox.findUniqueOrThrow({ where: { id } });
  const only = async () => {
    const rows = await db.outbox.findMany({ where: { kind: { not: "delivery_failed" } } });
    expect(rows).toHaveLength(1);
    return rows[0] as (typeof rows)[number];
  };
  const alerts = () => db.outbox.findMany({ where: { kind: "delivery_failed" } });

  async function person(id: string, fields: { onSlack?: boolean; preferredChannel?: string; timeZone?: string } = {}) {
    const { onSlack, ...columns } = fields;
    await db.person.create({ data: { id, email: `${id}@example.fr`, name: id, ...columns } });
    if (onSlack !== false) await db.slackAccount.create({ data: { personId: id, slackUserId: `U-${id}` } });
    return id;
  }

  async function teamsChat(personId: string | null, conversationId: string, embassyCountry?: string) {
    return db.teamsConversation.create({
      data: {
        personId,
        embassyCountry: embassyCountry ?? null,
        conversationId,
        serviceUrl: "http://127.0.0.1:1/teams/",
        kind: embassyCountry ? "channel" : "personal",
      },
    });
  }

  beforeEach(async () => {
    db = (await freshDb()).db;
    current = T0;
    slack = new FakeChannel("slack", slackReach(db));
    teams = new FakeChannel("teams", teamsReach(db));
  });

  afterEach(() => db.$disconnect());

  it("delivers a due row once, marks it sent by the channel that sent it, and leaves future rows", async () => {
    await person("ana");
    await queue(
      { kind: "report_reminder", recipientId: "ana", missionId: "m1" },
      { kind: "report_reminder", recipientId: "ana", notBefore: new Date(T0.getTime() + MINUTE) },
    );
    expect(await run()).toEqual({ sent: 1, postponed: 0, retrying: 0, dead: 0 });
    expect(slack.calls).toHaveLength(1);
    expect(slack.calls[0]).toMatchObject({
      kind: "report_reminder",
      attempt: 1,
      target: { type: "person", personId: "ana", timeZone: "Europe/Paris", preferredChannel: null },
    });
    const sent = await row(slack.calls[0]?.id ?? "");
    expect(sent).toMatchObject({ status: "sent", sentAt: T0, attempts: 1, claimedUntil: null });
    expect(sent.sentVia).toBe("slack");
    expect(await run()).toEqual({ sent: 0, postponed: 0, retrying: 0, dead: 0 });
    at(MINUTE);
    expect((await run()).sent).toBe(1);
    expect(slack.calls).toHaveLength(2);
  });

  it("routes to Slack first when a person has both, to Teams when only Teams knows them, and embassies to Teams", async () => {
    await person("both");
    await teamsChat("both", "a:both");
    await person("tess", { onSlack: false });
    await teamsChat("tess", "a:tess");
    await teamsChat(null, "19:embassy-sn", "SN");
    await queue(
      { kind: "mission_to_confirm", recipientId: "both" },
      { kind: "mission_to_confirm", recipientId: "tess" },
      { kind: "embassy_validation_requested", channel: "embassy:SN" },
      { kind: "application_submitted", channel: "committee" },
    );
    expect((await run()).sent).toBe(4);
    expect(slack.calls.map((c) => c.kind).sort()).toEqual(["application_submitted", "mission_to_confirm"]);
    expect(teams.calls.map((c) => c.target)).toEqual([
      expect.objectContaining({ type: "person", personId: "tess" }),
      expect.objectContaining({ type: "shared", channel: "embassy:SN" }),
    ]);
  });

  it("honours a platform's Retry-After, holds that platform's other rows, and does not count it as an attempt", async () => {
    await person("ana");
    await person("ben");
    await queue({ kind: "report_reminder", recipientId: "ana" }, { kind: "report_reminder", recipientId: "ben" });
    slack.script.push({ status: "retry", error: "ratelimited", retryAfterSeconds: 30 });
    expect(await run()).toEqual({ sent: 0, postponed: 1, retrying: 1, dead: 0 });
    expect(slack.calls).toHaveLength(1);
    const rows = await db.outbox.findMany();
    for (const r of rows) {
      expect(r).toMatchObject({ status: "pending", attempts: 0, nextAttemptAt: new Date(T0.getTime() + 30 * SECOND) });
    }
    at(29 * SECOND);
    expect((await run()).sent).toBe(0);
    at(30 * SECOND);
    expect((await run()).sent).toBe(2);
    expect(await db.outbox.count({ where: { status: "sent", attempts: 1 } })).toBe(2);
  });

  it("retries a transient failure with exponential backoff, then delivers", async () => {
    await person("ana");
    await queue({ kind: "report_reminder", recipientId: "ana" });
    slack.script.push({ status: "retry", error: "HTTP 503" }, new Error("socket hang up"), {
      status: "retry",
      error: "HTTP 500",
    });
    expect((await run()).retrying).toBe(1);
    expect(await only()).toMatchObject({ status: "pending", attempts: 1, lastError: "slack: HTTP 503" });
    expect((await only()).nextAttemptAt).toEqual(new Date(T0.getTime() + MINUTE));
    at(MINUTE - 1);
    expect((await run()).retrying).toBe(0);
    at(MINUTE);
    await run();
    expect(await only()).toMatchObject({ attempts: 2, lastError: "slack: socket hang up" });
    expect((await only()).nextAttemptAt).toEqual(new Date(T0.getTime() + 3 * MINUTE));
    at(3 * MINUTE);
    await run();
    expect((await only()).nextAttemptAt).toEqual(new Date(T0.getTime() + 7 * MINUTE));
    at(7 * MINUTE);
    expect((await run()).sent).toBe(1);
    expect(await only()).toMatchObject({ status: "sent", attempts: 4, lastError: null });
    expect(slack.calls.map((c) => c.attempt)).toEqual([1, 2, 3, 4]);
    expect(await alerts()).toHaveLength(0);
  });

  it("hears a person reachable on both on their preferred channel, the other one still a fallback", async () => {
    await person("pia", { preferredChannel: "teams" });
    await teamsChat("pia", "a:pia");
    await person("sam", { preferredChannel: "fax" });
    await teamsChat("sam", "a:sam");
    await queue({ kind: "report_reminder", recipientId: "pia" }, { kind: "report_reminder", recipientId: "sam" });
    teams.script.push({ status: "failed", error: "HTTP 403 bot removed" });
    expect((await run()).sent).toBe(2);
    // Pia's Teams chat failed for good: Slack took over. Sam's preference names no channel: routing order.
    expect(teams.calls.map((c) => c.target)).toEqual([expect.objectContaining({ personId: "pia" })]);
    expect(slack.calls.map((c) => c.target)).toEqual([
      expect.objectContaining({ personId: "pia" }),
      expect.objectContaining({ personId: "sam" }),
    ]);
  });

  it("stops at a permanent failure and alerts DAECT", async () => {
    await person("tess", { onSlack: false });
    await teamsChat("tess", "a:tess");
    await queue({ kind: "report_reminder", recipientId: "tess", missionId: "m1" });
    teams.script.push({ status: "failed", error: "HTTP 403 bot removed" });
    expect(await run()).toEqual({ sent: 0, postponed: 0, retrying: 0, dead: 1 });
    expect(await only()).toMatchObject({ status: "dead", attempts: 1, lastError: "teams: HTTP 403 bot removed" });
    const [alert] = await alerts();
    expect(alert).toMatchObject({ channel: "daect", missionId: "m1", status: "pending" });
    expect(JSON.parse(alert?.payload ?? "{}")).toMatchObject({
      kind: "report_reminder",
      recipientId: "tess",
      error: "teams: HTTP 403 bot removed",
    });
  });

  it("falls through to the person's other platform when the first one fails for good", async () => {
    await person("both");
    await teamsChat("both", "a:both");
    await queue({ kind: "report_reminder", recipientId: "both" });
    slack.script.push({ status: "failed", error: "user_not_found" });
    expect((await run()).sent).toBe(1);
    expect((await only()).sentVia).toBe("teams");
    expect(await alerts()).toHaveLength(0);
  });

  it("dead-letters after the last attempt and alerts DAECT once; the alert is then delivered to its channel", async () => {
    await person("ana");
    await queue({ kind: "report_reminder", recipientId: "ana", missionId: "m1" });
    slack.always = { status: "retry", error: "HTTP 502" };
    for (const minutes of [0, 1, 3, 7]) {
      at(minutes * MINUTE);
      await run();
    }
    expect(await only()).toMatchObject({ status: "dead", attempts: 4, lastError: "slack: HTTP 502" });
    expect(await alerts()).toHaveLength(1);
    slack.always = undefined;
    at(60 * MINUTE);
    expect(await run()).toEqual({ sent: 1, postponed: 0, retrying: 0, dead: 0 });
    expect(slack.calls.at(-1)).toMatchObject({
      kind: "delivery_failed",
      target: { type: "shared", channel: "daect" },
    });
    at(24 * 60 * MINUTE);
    await run();
    expect(slack.calls).toHaveLength(5);
    expect(await alerts()).toHaveLength(1);
  });

  it("does not alert about an alert that cannot be delivered", async () => {
    await queue({ kind: "delivery_failed", channel: "daect" });
    slack.always = { status: "failed", error: "channel_not_found" };
    expect((await run()).dead).toBe(1);
    expect(await db.outbox.count()).toBe(1);
  });

  it("treats a person no platform can reach as an outage: retried, then dead and DAECT told", async () => {
    await person("new", { onSlack: false });
    await queue({ kind: "report_requested", recipientId: "new" });
    expect((await run({ maxAttempts: 2 })).retrying).toBe(1);
    at(MINUTE);
    expect((await run({ maxAttempts: 2 })).dead).toBe(1);
    expect(await only()).toMatchObject({ status: "dead", lastError: "unreachable" });
    expect(await alerts()).toHaveLength(1);
  });

  it("delivers each row exactly once when two deliverers run at the same time", async () => {
    await person("ana");
    const items = Array.from({ length: 30 }, (_, i) => ({
      kind: "report_reminder" as const,
      recipientId: "ana",
      dedupeKey: `k${i}`,
    }));
    await queue(...items);
    const reports = await Promise.all([run({ worker: "w1" }), run({ worker: "w2" }), run({ worker: "w3" })]);
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(30);
    expect(new Set(slack.calls.map((c) => c.id)).size).toBe(30);
    expect(slack.calls).toHaveLength(30);
    expect(await db.outbox.count({ where: { status: "sent", attempts: 1 } })).toBe(30);
  });

  it("redelivers, once, a row whose deliverer died after claiming it, when the claim expires", async () => {
    await person("ana");
    await queue({ kind: "report_reminder", recipientId: "ana" });
    const crashed = await claimRow(db, (await only()).id, "dead-worker", current, 2 * MINUTE);
    expect(crashed).toMatchObject({ status: "sending", claimedBy: "dead-worker" });
    expect((await run()).sent).toBe(0);
    at(2 * MINUTE - 1);
    expect((await run()).sent).toBe(0);
    at(2 * MINUTE + 1);
    const reports = await Promise.all([run({ worker: "w1" }), run({ worker: "w2" })]);
    expect(reports.map((r) => r.sent).sort()).toEqual([0, 1]);
    expect(await only()).toMatchObject({ status: "sent", attempts: 2 });
    at(10 * MINUTE);
    await run();
    expect(slack.calls).toHaveLength(1);
  });

  it("holds a person's notification during their night and weekend, not a shared channel's", async () => {
    await person("ana");
    await person("nyc", { timeZone: "America/New_York" });
    await person("odd", { timeZone: "Not/AZone" });
    // Friday 6 March 2026, 20:30 in Paris, 14:30 in New York.
    at(2 * 24 * 60 * MINUTE + 10.5 * 60 * MINUTE);
    await queue(
      { kind: "report_reminder", recipientId: "ana" },
      { kind: "report_reminder", recipientId: "nyc" },
      { kind: "report_reminder", recipientId: "odd" },
      { kind: "report_escalation", channel: "daect" },
    );
    expect(await run()).toEqual({ sent: 2, postponed: 2, retrying: 0, dead: 0 });
    expect(slack.calls.map((c) => (c.target.type === "person" ? c.target.personId : c.target.channel)).sort()).toEqual([
      "daect",
      "nyc",
    ]);
    const held = await db.outbox.findMany({ where: { status: "pending" } });
    expect(held.map((r) => [r.recipientId, r.attempts, r.nextAttemptAt.toISOString()]).sort()).toEqual([
      // Monday 9 March, 08:00 in Paris; an unknown zone falls back to TZ_DEFAULT.
      ["ana", 0, "2026-03-09T07:00:00.000Z"],
      ["odd", 0, "2026-03-09T07:00:00.000Z"],
    ]);
    current = new Date("2026-03-09T07:00:00Z");
    expect((await run()).sent).toBe(2);
  });

  it("holds only nudges for quiet hours: a diploma at 20:30 Paris on a Friday goes at once, a reminder on Monday", async () => {
    await person("ana");
    // Friday 6 March 2026, 20:30 in Paris.
    current = new Date("2026-03-06T19:30:00Z");
    await queue(
      { kind: "diploma_issued", recipientId: "ana" },
      { kind: "extension_decided", recipientId: "ana" },
      { kind: "report_reminder", recipientId: "ana" },
    );
    expect(await run()).toEqual({ sent: 2, postponed: 1, retrying: 0, dead: 0 });
    expect(slack.calls.map((c) => c.kind)).toEqual(["diploma_issued", "extension_decided"]);
    expect((await db.outbox.findFirstOrThrow({ where: { status: "pending" } })).nextAttemptAt.toISOString()).toBe(
      "2026-03-09T07:00:00.000Z",
    );
    // Saturday noon is still the weekend: the reminder is not due yet.
    current = new Date("2026-03-07T11:00:00Z");
    expect((await run()).sent).toBe(0);
    current = new Date("2026-03-09T07:00:00Z");
    expect((await run()).sent).toBe(1);
    expect(slack.calls.map((c) => c.kind)).toEqual(["diploma_issued", "extension_decided", "report_reminder"]);
  });

  it("fails a row whose stored data no longer fits its kind, once, with its id, and delivers the others", async () => {
    await person("ana");
    await queue({ kind: "report_requested", recipientId: "ana" }, { kind: "label_expired", recipientId: "ana" });
    const [stale, good] = await db.outbox.findMany({ orderBy: { kind: "desc" } });
    // A field renamed since the row was queued, and a row whose kind is gone.
    await db.outbox.update({ where: { id: stale?.id }, data: { payload: JSON.stringify({ deadline: "2026-06-10" }) } });
    await db.outbox.create({
      data: {
        kind: "mission_teleported",
        recipientId: "ana",
        payload: "{}",
        nextAttemptAt: current,
        createdAt: current,
      },
    });
    const warnings: Record<string, unknown>[] = [];
    const log = { info: () => undefined, warn: (fields: Record<string, unknown>) => void warnings.push(fields) };
    expect(await run({ log })).toEqual({ sent: 1, postponed: 0, retrying: 0, dead: 2 });
    expect(slack.calls.map((c) => c.id)).toEqual([good?.id]);
    expect(await row(stale?.id ?? "")).toMatchObject({
      status: "dead",
      attempts: 1,
      lastError: expect.stringMatching(/^invalid report_requested data \(reportDeadline: /),
    });
    expect(warnings.map((w) => w.outboxId).sort()).toEqual(
      (await db.outbox.findMany({ where: { status: "dead" }, select: { id: true } })).map((r) => r.id).sort(),
    );
    at(24 * 60 * MINUTE);
    await run({ log });
    expect(warnings).toHaveLength(2);
    expect(slack.calls.filter((c) => c.kind !== "delivery_failed").map((c) => c.id)).toEqual([good?.id]);
  });
});
