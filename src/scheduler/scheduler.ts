import { randomUUID } from "node:crypto";
import os from "node:os";
import cron, { type Logger as CronLogger, type ScheduledTask } from "node-cron";
import type { Config } from "../config/env";
import type { ReminderPolicy } from "../domain/reminder-policy";
import { PARIS } from "../domain/time";
import type { DeliveryChannel } from "../notify/delivery-channel";
import type { FileStore } from "../workflow";
import type { WorkflowContext } from "../workflow/context";
import { defineJobs, type Job, type JobName } from "./jobs";
import { Leadership } from "./leadership";

export type SchedulerConfig = Pick<
  Config,
  | "CRON_SWEEP"
  | "CRON_OUTBOX"
  | "CRON_LABELS"
  | "CRON_RETENTION"
  | "NOTIFICATION_RETENTION_DAYS"
  | "AUDIT_RETENTION_YEARS"
  | "TZ_DEFAULT"
  | "SCHEDULER_ENABLED"
>;

/** The subset of pino the scheduler uses. */
export interface SchedulerLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export interface SchedulerDeps {
  ctx: WorkflowContext;
  /** The platforms' delivery channels, in routing order (main.ts builds them from src/slack and src/teams). */
  channels: readonly DeliveryChannel[];
  config: SchedulerConfig;
  logger: SchedulerLog;
  /** This process's name in the lease and the outbox claims; host, pid and a random part by default. */
  holder?: string;
  /** How long the leader's lease lasts without renewal: a dead leader is replaced after it. */
  leaseTtlMs?: number;
  policy?: ReminderPolicy;
  /** Where attachments are kept, for the retention job. */
  files?: FileStore;
}

export type JobOutcome =
  | { job: JobName; status: "done"; result: unknown; ms: number }
  | { job: JobName; status: "busy" | "not_leader" | "no_channel" }
  | { job: JobName; status: "failed"; error: string };

export interface Scheduler {
  /** Stops the cron tasks, waits for running jobs, and gives the lease up. */
  stop(): Promise<void>;
  /** Runs one job now, under the same rules as the cron (one at a time, sweeps on the leader only). */
  runOnce(job: JobName): Promise<JobOutcome>;
  isLeader(): boolean;
}

const DEFAULT_LEASE_TTL_MS = 90_000;

/** Which jobs each configured schedule runs, in order: missions advance before their reminders are swept. */
function schedules(config: SchedulerConfig): { name: string; expression: string; jobs: JobName[] }[] {
  return [
    { name: "sweep", expression: config.CRON_SWEEP, jobs: ["advance", "reminders"] },
    { name: "labels", expression: config.CRON_LABELS, jobs: ["labels"] },
    { name: "retention", expression: config.CRON_RETENTION, jobs: ["retention"] },
    { name: "outbox", expression: config.CRON_OUTBOX, jobs: ["outbox"] },
  ];
}

/** node-cron's own messages (a run skipped for overlap, a missed tick) go to our log, not the console. */
function cronLogger(logger: SchedulerLog, schedule: string): CronLogger {
  const text = (message: string | Error) => (message instanceof Error ? message.message : message);
  return {
    info: (message) => logger.info({ schedule }, message),
    warn: (message) => logger.warn({ schedule }, message),
    error: (message, error) => logger.error({ schedule, error: error?.message }, text(message)),
    debug: () => undefined,
  };
}

export function startScheduler(deps: SchedulerDeps): Scheduler {
  const { ctx, channels, config, logger } = deps;
  const holder = deps.holder ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseTtlMs = deps.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS;
  const leadership = new Leadership(ctx.db, ctx.clock, holder, leaseTtlMs);
  const jobs = defineJobs({
    ctx,
    channels,
    defaultTimeZone: config.TZ_DEFAULT,
    worker: holder,
    log: logger,
    policy: deps.policy,
    files: deps.files,
    retention: { notificationDays: config.NOTIFICATION_RETENTION_DAYS, auditYears: config.AUDIT_RETENTION_YEARS },
  });
  const running = new Map<JobName, Promise<JobOutcome>>();
  let warnedNoChannel = false;

  async function execute(job: Job): Promise<JobOutcome> {
    if (job.name === "outbox" && channels.length === 0) {
      // Without a platform every row would count as unreachable and end in the dead letters: keep them.
      if (!warnedNoChannel) logger.warn({ job: job.name }, "no Slack or Teams channel: the outbox waits");
      warnedNoChannel = true;
      return { job: job.name, status: "no_channel" };
    }
    try {
      if (job.leaderOnly && !(await leadership.claim())) return { job: job.name, status: "not_leader" };
      const started = Date.now();
      const result = await job.run();
      const ms = Date.now() - started;
      logger.info({ job: job.name, holder, ms, result }, "scheduler job done");
      return { job: job.name, status: "done", result, ms };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.error({ job: job.name, holder, error: message }, "scheduler job failed");
      return { job: job.name, status: "failed", error: message };
    }
  }

  function runOnce(name: JobName): Promise<JobOutcome> {
    // Our own guard as well as node-cron's noOverlap: runOnce and the cron share it.
    if (running.has(name)) return Promise.resolve({ job: name, status: "busy" });
    const run = execute(jobs[name]).finally(() => running.delete(name));
    running.set(name, run);
    return run;
  }

  const tasks: ScheduledTask[] = [];
  let heartbeat: NodeJS.Timeout | undefined;
  if (config.SCHEDULER_ENABLED) {
    const invalid = schedules(config).find((schedule) => !cron.validate(schedule.expression));
    if (invalid) throw new Error(`invalid cron expression for ${invalid.name}: "${invalid.expression}"`);
    for (const schedule of schedules(config)) {
      const task = cron.schedule(
        schedule.expression,
        async () => {
          for (const job of schedule.jobs) await runOnce(job);
        },
        {
          name: `expect-${schedule.name}`,
          timezone: PARIS,
          noOverlap: true,
          logger: cronLogger(logger, schedule.name),
        },
      );
      tasks.push(task);
    }
    // Keeps the lease between jobs and during long ones; also how a standby notices a dead leader.
    heartbeat = setInterval(() => {
      leadership.claim().catch((error: Error) => logger.warn({ error: error.message }, "lease renewal failed"));
    }, leaseTtlMs / 3);
    heartbeat.unref();
    logger.info({ holder, schedules: schedules(config) }, "scheduler started");
  } else {
    logger.warn({}, "scheduler disabled (SCHEDULER_ENABLED=false): no sweep, no delivery in this process");
  }

  return {
    runOnce,
    isLeader: () => leadership.isLeader(),
    async stop() {
      if (heartbeat) clearInterval(heartbeat);
      await Promise.all(tasks.map((task) => task.destroy()));
      await Promise.allSettled([...running.values()]);
      await leadership.release();
    },
  };
}
