import { assertAllowed } from "../../domain/roles";
import { addDays, dateIn } from "../../domain/time";
import type { WorkflowContext } from "../context";
import { loadViewer, type Viewer } from "../people";

export interface Dashboard {
  missionsByStatus: Record<string, number>;
  applicationsPending: number;
  awaitingEmbassy: number;
  reportsDueSoon: number;
  reportsOverdue: number;
  reimbursementsOpen: number;
  activeLabels: number;
  /** Missions per country (objective: develop cooperation where French bodies are little present). */
  coverageByCountry: { countryCode: string; missions: number }[];
  pendingExtensions: number;
  deadLetters: number;
}

/** DAECT's figures for the App Home. */
export async function dashboard(ctx: WorkflowContext, viewer: Viewer, dueWithinDays = 14): Promise<Dashboard> {
  assertAllowed("dashboard.view", await loadViewer(ctx.db, viewer));
  const now = ctx.clock.now();
  const today = dateIn(now);
  const db = ctx.db;
  const [byStatus, applicationsPending, reportsDueSoon, activeLabels, byCountry, pendingExtensions, deadLetters] =
    await Promise.all([
      db.mission.groupBy({ by: ["status"], _count: { _all: true } }),
      db.application.count({ where: { status: { in: ["submitted", "under_review"] } } }),
      db.mission.count({
        where: { status: "report_due", reportDeadline: { gte: today, lte: addDays(today, dueWithinDays) } },
      }),
      db.label.count({ where: { status: "active", validUntil: { gte: now } } }),
      db.mission.groupBy({ by: ["countryCode"], where: { status: { not: "cancelled" } }, _count: { _all: true } }),
      db.extensionRequest.count({ where: { status: "pending" } }),
      db.outbox.count({ where: { status: "dead" } }),
    ]);
  const missionsByStatus = Object.fromEntries(byStatus.map((row) => [row.status, row._count._all]));
  return {
    missionsByStatus,
    applicationsPending,
    awaitingEmbassy: missionsByStatus.awaiting_embassy ?? 0,
    reportsDueSoon,
    reportsOverdue: missionsByStatus.report_overdue ?? 0,
    reimbursementsOpen: missionsByStatus.reimbursement_requested ?? 0,
    activeLabels,
    coverageByCountry: byCountry
      .map((row) => ({ countryCode: row.countryCode, missions: row._count._all }))
      .sort((a, b) => a.missions - b.missions || a.countryCode.localeCompare(b.countryCode)),
    pendingExtensions,
    deadLetters,
  };
}
