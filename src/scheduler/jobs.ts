import { DEFAULT_RETENTION, type RetentionPolicy } from "../domain/personal-data";
import type { ReminderPolicy } from "../domain/reminder-policy";
import { type DeliveryReport, deliverDueNotifications } from "../notify/deliver-due-notifications";
import type { DeliveryChannel } from "../notify/delivery-channel";
import { DELIVERY_DEFAULTS, type DeliveryLog } from "../notify/delivery-options";
import {
  advanceMissions,
  applyRetention,
  deleteWithdrawnFiles,
  type FileStore,
  sweepLabels,
  sweepReminders,
} from "../workflow";
import type { WorkflowContext } from "../workflow/context";

export const JOB_NAMES = ["advance", "reminders", "labels", "outbox", "retention"] as const;
export type JobName = (typeof JOB_NAMES)[number];

export interface Job {
  name: JobName;
  /**
   * Sweeps run on the leader only. Delivery runs on every instance: outbox rows are claimed one by one,
   * so deliverers share the work, and a process whose lease lapsed still empties its backlog.
   */
  leaderOnly: boolean;
  run(): Promise<unknown>;
}

export interface JobDeps {
  ctx: WorkflowContext;
  channels: readonly DeliveryChannel[];
  defaultTimeZone: string;
  worker: string;
  log: DeliveryLog;
  policy?: ReminderPolicy;
  /** How long delivered notifications and audit records are kept (NOTIFICATION_RETENTION_DAYS, AUDIT_RETENTION_YEARS). */
  retention?: RetentionPolicy;
  /** Where attachments are kept: the retention job deletes the files of withdrawn applications there. */
  files?: FileStore;
  /** How long one outbox run may keep taking batches, so a backlog drains without holding the job forever. */
  outboxBudgetMs?: number;
}

function addReports(total: DeliveryReport, pass: DeliveryReport): DeliveryReport {
  return {
    sent: total.sent + pass.sent,
    postponed: total.postponed + pass.postponed,
    retrying: total.retrying + pass.retrying,
    dead: total.dead + pass.dead,
  };
}

/** Batches until one comes back short: 5 000 reminders queued at once leave in one run, not in a hundred. */
async function drainOutbox(deps: JobDeps): Promise<DeliveryReport> {
  const started = Date.now();
  const budget = deps.outboxBudgetMs ?? 45_000;
  const options = { worker: deps.worker, defaultTimeZone: deps.defaultTimeZone, log: deps.log };
  let total: DeliveryReport = { sent: 0, postponed: 0, retrying: 0, dead: 0 };
  for (;;) {
    const pass = await deliverDueNotifications(deps.ctx, deps.channels, options);
    total = addReports(total, pass);
    const handled = pass.sent + pass.postponed + pass.retrying + pass.dead;
    if (handled < DELIVERY_DEFAULTS.batchSize || Date.now() - started > budget) return total;
  }
}

export function defineJobs(deps: JobDeps): Record<JobName, Job> {
  const options = { defaultTimeZone: deps.defaultTimeZone, policy: deps.policy };
  return {
    advance: { name: "advance", leaderOnly: true, run: () => advanceMissions(deps.ctx) },
    reminders: { name: "reminders", leaderOnly: true, run: () => sweepReminders(deps.ctx, options) },
    labels: { name: "labels", leaderOnly: true, run: () => sweepLabels(deps.ctx, options) },
    outbox: { name: "outbox", leaderOnly: false, run: () => drainOutbox(deps) },
    // On the leader only, like the sweeps: a second instance would find nothing left to delete.
    retention: {
      name: "retention",
      leaderOnly: true,
      run: async () => {
        const applied = await applyRetention(deps.ctx, deps.retention ?? DEFAULT_RETENTION);
        return deps.files ? { ...applied, files: await deleteWithdrawnFiles(deps.ctx, deps.files) } : applied;
      },
    },
  };
}
