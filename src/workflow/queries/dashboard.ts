import { perDialect } from "../../db/dialect";
import { assertAllowed } from "../../domain/roles";
import { addDays, dateIn } from "../../domain/time";
import type { WorkflowContext } from "../context";
import { loadViewer, type Viewer } from "../people";
import { sqlInstant } from "../reminders/sweep-sql";

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

interface FiguresRow {
  byStatus: string;
  byCountry: string;
  applicationsPending: number | bigint;
  reportsDueSoon: number | bigint;
  activeLabels: number | bigint;
  pendingExtensions: number | bigint;
  deadLetters: number | bigint;
}

/**
 * Every figure in one statement: the App Home asks them on each opening, and as seven Prisma queries they cost
 * ~1 ms of CPU each. The JSON functions come from src/db/dialect.ts; instants compared in the text form the SQLite
 * adapter writes.
 */
const figures = perDialect((d) =>
  d.numbered(`
  SELECT
    (SELECT ${d.text(d.jsonMap('"status"', '"n"'))} FROM
      (SELECT "status", COUNT(*) AS "n" FROM "Mission" GROUP BY "status") AS "s") AS "byStatus",
    (SELECT ${d.text(d.jsonMap('"countryCode"', '"n"'))} FROM
      (SELECT "countryCode", COUNT(*) AS "n" FROM "Mission" WHERE "status" <> 'cancelled' GROUP BY "countryCode") AS "c")
      AS "byCountry",
    (SELECT COUNT(*) FROM "Application" WHERE "status" IN (${d.valuesOf("?")})) AS "applicationsPending",
    (SELECT COUNT(*) FROM "Mission" WHERE "status" = 'report_due' AND "reportDeadline" >= ? AND "reportDeadline" <= ?)
      AS "reportsDueSoon",
    (SELECT COUNT(*) FROM "Label" WHERE "status" = 'active' AND "validUntil" >= ?) AS "activeLabels",
    (SELECT COUNT(*) FROM "ExtensionRequest" WHERE "status" = 'pending') AS "pendingExtensions",
    (SELECT COUNT(*) FROM "Outbox" WHERE "status" = 'dead') AS "deadLetters"`),
);

/** DAECT's figures for the App Home. */
export async function dashboard(ctx: WorkflowContext, viewer: Viewer, dueWithinDays = 14): Promise<Dashboard> {
  assertAllowed("dashboard.view", await loadViewer(ctx.db, viewer));
  const now = ctx.clock.now();
  const today = dateIn(now);
  const [row] = await ctx.db.$queryRawUnsafe<FiguresRow[]>(
    figures(ctx.db),
    JSON.stringify(["submitted", "under_review"]),
    today,
    addDays(today, dueWithinDays),
    sqlInstant(now),
  );
  if (!row) throw new Error("the dashboard's statement returned no row");
  const missionsByStatus = JSON.parse(row.byStatus) as Record<string, number>;
  const byCountry = Object.entries(JSON.parse(row.byCountry) as Record<string, number>);
  return {
    missionsByStatus,
    applicationsPending: Number(row.applicationsPending),
    awaitingEmbassy: missionsByStatus.awaiting_embassy ?? 0,
    reportsDueSoon: Number(row.reportsDueSoon),
    reportsOverdue: missionsByStatus.report_overdue ?? 0,
    reimbursementsOpen: missionsByStatus.reimbursement_requested ?? 0,
    activeLabels: Number(row.activeLabels),
    coverageByCountry: byCountry
      .map(([countryCode, missions]) => ({ countryCode, missions }))
      .sort((a, b) => a.missions - b.missions || a.countryCode.localeCompare(b.countryCode)),
    pendingExtensions: Number(row.pendingExtensions),
    deadLetters: Number(row.deadLetters),
  };
}
