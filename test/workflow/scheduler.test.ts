import { Writable } from "node:stream";
import { createLogger } from "../../src/logger";
import type { DeliveryResult } from "../../src/notify/delivery-channel";
import { type Scheduler, type SchedulerConfig, startScheduler } from "../../src/scheduler/scheduler";
import { advanceMissions, confirmMission, decideAsEmbassy } from "../../src/workflow";
import { queueNotifications } from "../../src/workflow/notifications";
import { linkSlack, RecordingChannel, slackReach } from "../support/child-channel";
import { withSampleData } from "../support/notification-samples";
import { createKit, type Kit, labelledBody, openedMission } from "../support/workflow-kit";

let kit: Kit;
let slack: RecordingChannel;
let logs: Record<string, unknown>[];
const started: Scheduler[] = [];

const manual: SchedulerConfig = {
  CRON_SWEEP: "*/15 * * * *",
  CRON_OUTBOX: "*/1 * * * *",
  CRON_LABELS: "0 6 * * *",
  CRON_RETENTION: "30 3 * * *",
  NOTIFICATION_RETENTION_DAYS: 90,
  AUDIT_RETENTION_YEARS: 10,
  TZ_DEFAULT: "Europe/Paris",
  SCHEDULER_ENABLED: false,
};

const logger = () =>
  createLogger(
    "info",
    new Writable({
      write(chunk, _encoding, done) {
        logs.push(JSON.parse(String(chunk)));
        done();
      },
    }),
  );

function scheduler(holder: string, config: Partial<SchedulerConfig> = {}, channels = [slack]) {
  const s = startScheduler({
    ctx: kit.ctx,
    channels,
    config: { ...manual, ...config },
    logger: logger(),
    holder,
    leaseTtlMs: 60_000,
  });
  started.push(s);
  return s;
}

beforeEach(async () => {
  kit = await createKit();
  slack = new RecordingChannel("slack", kit.clock, slackReach(kit.db));
  logs = [];
});
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.stop()));
  await kit.close();
});

/** A mission back on 10 April 2026, its missionaries on Slack. */
async function returnedMission() {
  const body = await labelledBody(kit);
  const missionId = await openedMission(kit, body.labelId);
  await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate" });
  await confirmMission(kit.ctx, body.focal, { missionId });
  await kit.db.slackAccount.deleteMany({ where: { person: { email: { endsWith: "@lyon.fr" } } } });
  for (const email of ["marie.durand@lyon.fr", "jean.martin@lyon.fr"]) {
    const { id } = await kit.db.person.findUniqueOrThrow({ where: { email } });
    await linkSlack(kit.db, id, `U-${email}`);
  }
  kit.clock.set("2026-04-06T08:00:00Z");
  await advanceMissions(kit.ctx);
  await kit.db.outbox.deleteMany({});
  return missionId;
}

describe("scheduler", () => {
  it("runs the jobs through one API: advance, reminders, labels, outbox", async () => {
    const missionId = await returnedMission();
    const s = scheduler("a");
    kit.clock.set("2026-05-11T08:00:00Z");
    expect(await s.runOnce("advance")).toMatchObject({ status: "done", result: { returned: [missionId] } });
    expect(await s.runOnce("reminders")).toMatchObject({
      status: "done",
      result: { queued: { report_30d_after_return: 2 } },
    });
    expect(await s.runOnce("labels")).toMatchObject({ status: "done", result: { expired: [] } });
    expect(await s.runOnce("outbox")).toMatchObject({ status: "done", result: { sent: 4 } });
    expect(slack.delivered.map((d) => d.reminderKind ?? d.kind).sort()).toEqual([
      "report_30d_after_return",
      "report_30d_after_return",
      "report_requested",
      "report_requested",
    ]);
    expect(s.isLeader()).toBe(true);
    expect(logs.filter((l) => l.msg === "scheduler job done").map((l) => l.job)).toEqual([
      "advance",
      "reminders",
      "labels",
      "outbox",
    ]);
  });

  it("never starts a job that is still running", async () => {
    await returnedMission();
    const s = scheduler("a");
    const outcomes = await Promise.all([s.runOnce("reminders"), s.runOnce("reminders"), s.runOnce("advance")]);
    expect(outcomes.map((o) => o.status)).toEqual(["done", "busy", "done"]);
    expect((await s.runOnce("reminders")).status).toBe("done");
  });

  it("sweeps on one instance only; delivery on all; a dead leader is replaced after its lease expires", async () => {
    await returnedMission();
    const a = scheduler("a");
    const b = scheduler("b");
    kit.clock.set("2026-05-11T08:00:00Z");
    expect((await a.runOnce("advance")).status).toBe("done");
    expect((await b.runOnce("advance")).status).toBe("not_leader");
    expect((await b.runOnce("reminders")).status).toBe("not_leader");
    expect((await b.runOnce("outbox")).status).toBe("done");
    expect(slack.delivered).toHaveLength(2);
    // a dies without a word: b takes over once a's lease has run out, and a learns it lost.
    kit.clock.set("2026-05-11T08:00:59Z");
    expect((await b.runOnce("reminders")).status).toBe("not_leader");
    kit.clock.set("2026-05-11T08:01:01Z");
    expect((await b.runOnce("reminders")).status).toBe("done");
    expect(b.isLeader()).toBe(true);
    expect((await a.runOnce("reminders")).status).toBe("not_leader");
    expect(a.isLeader()).toBe(false);
    // A clean stop hands over at once.
    await b.stop();
    expect((await a.runOnce("labels")).status).toBe("done");
  });

  it("keeps the outbox when no platform is configured, and reports a failing job without stopping", async () => {
    await kit.db.$transaction((tx) =>
      queueNotifications(tx, kit.clock.now(), [withSampleData({ kind: "report_escalation", channel: "daect" })]),
    );
    const s = scheduler("a", {}, []);
    expect(await s.runOnce("outbox")).toEqual({ job: "outbox", status: "no_channel" });
    expect(await kit.db.outbox.findFirstOrThrow()).toMatchObject({ status: "pending", attempts: 0 });
    await kit.db.$executeRawUnsafe('DROP TABLE "Snooze"');
    expect(await s.runOnce("reminders")).toMatchObject({ status: "failed", error: expect.stringMatching(/Snooze/) });
    expect(logs.find((l) => l.msg === "scheduler job failed")).toMatchObject({ job: "reminders", level: 50 });
  });

  it("fires on its cron schedules and never overlaps a slow run", async () => {
    const ana = await kit.db.person.create({ data: { email: "ana@lyon.fr", name: "Ana" } });
    await linkSlack(kit.db, ana.id, "U-ana");
    await kit.db.$transaction((tx) =>
      queueNotifications(
        tx,
        kit.clock.now(),
        [1, 2, 3].map(() => withSampleData({ kind: "report_reminder", recipientId: ana.id })),
      ),
    );
    let inFlight = 0;
    let maxInFlight = 0;
    const deliver = slack.deliver.bind(slack);
    slack.deliver = async (n, t): Promise<DeliveryResult> => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 700));
      inFlight -= 1;
      return deliver(n, t);
    };
    // Every second: the three slow deliveries of one run span three ticks.
    const s = scheduler("a", { SCHEDULER_ENABLED: true, CRON_OUTBOX: "* * * * * *", CRON_SWEEP: "0 0 1 1 *" });
    const until = Date.now() + 6_000;
    while (slack.delivered.length < 3 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
    await s.stop();
    expect(slack.delivered).toHaveLength(3);
    expect(maxInFlight).toBe(1);
    expect(logs.find((l) => l.msg === "scheduler started")).toMatchObject({ holder: "a" });
  }, 15_000);

  it("refuses an invalid schedule with the variable's name", () => {
    expect(() => scheduler("a", { SCHEDULER_ENABLED: true, CRON_LABELS: "every day" })).toThrow(
      'invalid cron expression for labels: "every day"',
    );
  });
});
