import pino from "pino";
import { loadConfig } from "../../src/config/env";
import { type Scheduler, type SchedulerConfig, startScheduler } from "../../src/scheduler/scheduler";
import { createKit, type Kit } from "../support/workflow-kit";

let kit: Kit;
let scheduler: Scheduler | undefined;

beforeEach(async () => {
  kit = await createKit("2036-03-02T09:00:00Z");
});
afterEach(async () => {
  await scheduler?.stop();
  scheduler = undefined;
  await kit.close();
});

const DAY = 86_400_000;
const ago = (days: number) => new Date(kit.clock.now().getTime() - days * DAY);

/** The scheduler as deployed, but run by hand (runOnce), with the retention configured as the environment says. */
function schedulerWith(env: Record<string, string> = {}) {
  const config: SchedulerConfig = { ...loadConfig({ ...env }), SCHEDULER_ENABLED: false };
  scheduler = startScheduler({ ctx: kit.ctx, channels: [], config, logger: pino({ level: "silent" }), holder: "a" });
  return scheduler;
}

async function notification(label: string, status: string, days: number) {
  await kit.db.outbox.create({
    data: {
      kind: "report_requested",
      recipientId: null,
      channel: "daect",
      payload: JSON.stringify({ label }),
      status,
      nextAttemptAt: ago(days),
      createdAt: ago(days),
      sentAt: status === "sent" ? ago(days) : null,
    },
  });
}

async function auditAt(label: string, at: Date) {
  await kit.db.auditEvent.create({
    data: { at, platform: "system", entityType: "person", entityId: label, action: "test" },
  });
}

const labels = async () =>
  (await kit.db.outbox.findMany({ orderBy: { createdAt: "asc" } })).map((r) => JSON.parse(r.payload).label).sort();

describe("retention (daily job)", () => {
  it("deletes delivered notifications after 90 days and audit records after 10 years, by default", async () => {
    await notification("sent 100 days ago", "sent", 100);
    await notification("sent 10 days ago", "sent", 10);
    await notification("pending for 200 days", "pending", 200);
    await notification("given up on 120 days ago", "dead", 120);
    const old = new Date(kit.clock.now());
    old.setUTCFullYear(old.getUTCFullYear() - 10);
    await auditAt("eleven years", new Date(old.getTime() - 365 * DAY));
    await auditAt("nine years", new Date(old.getTime() + 365 * DAY));
    const kept = await kit.db.auditEvent.count();

    const outcome = await schedulerWith().runOnce("retention");
    expect(outcome).toMatchObject({ status: "done", result: { notifications: 2, audit: 1 } });
    expect(await labels()).toEqual(["pending for 200 days", "sent 10 days ago"]);
    const audit = await kit.db.auditEvent.findMany({ where: { action: { in: ["test", "retention_applied"] } } });
    expect(audit.map((e) => e.entityId).sort()).toEqual(["daily", "nine years"]);
    expect(await kit.db.auditEvent.count()).toBe(kept);

    // A second run the same day finds nothing more to delete.
    expect(await scheduler?.runOnce("retention")).toMatchObject({ result: { notifications: 0, audit: 0 } });
  });

  it("follows NOTIFICATION_RETENTION_DAYS and AUDIT_RETENTION_YEARS", async () => {
    await notification("sent 10 days ago", "sent", 10);
    await notification("sent 2 days ago", "sent", 2);
    await auditAt("two years", new Date(kit.clock.now().getTime() - 2 * 366 * DAY));
    const s = schedulerWith({ NOTIFICATION_RETENTION_DAYS: "7", AUDIT_RETENTION_YEARS: "1" });
    expect(await s.runOnce("retention")).toMatchObject({ status: "done", result: { notifications: 1 } });
    expect(await labels()).toEqual(["sent 2 days ago"]);
    expect(await kit.db.auditEvent.count({ where: { entityId: "two years" } })).toBe(0);
  });

  it("refuses a retention that is not a whole number of days or years", () => {
    expect(() => loadConfig({ NOTIFICATION_RETENTION_DAYS: "0" })).toThrow(/NOTIFICATION_RETENTION_DAYS/);
    expect(() => loadConfig({ AUDIT_RETENTION_YEARS: "dix" })).toThrow(/AUDIT_RETENTION_YEARS/);
  });
});
