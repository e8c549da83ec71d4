import { perDialect } from "../../db/dialect";
import { readRows } from "../../db/direct-reads";
import { type LabelState, labelStateAt } from "../../domain/label";
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
  /** The labels DAECT may revoke, suspend or reinstate (suspended first, then the newest), and how many in all. */
  managedLabels?: { labels: ManagedLabel[]; total: number };
}

export interface ManagedLabel {
  labelId: string;
  number: string;
  organisation: string;
  /** "active" or "suspended", as the label reads now. */
  state: LabelState;
  validUntil: Date;
  /** While suspended, its last instant. */
  suspendedUntil: Date | null;
}

interface ManagedLabelRow {
  labelId: string;
  number: string;
  organisation: string;
  status: string;
  validUntil: string;
  suspendedUntil: string | null;
}

interface FiguresRow {
  byStatus: string;
  byCountry: string;
  applicationsPending: number | bigint;
  reportsDueSoon: number | bigint;
  activeLabels: number | bigint;
  pendingExtensions: number | bigint;
  deadLetters: number | bigint;
  managedLabels: string | null;
  labelsToManage: number | bigint;
}

/**
 * Every figure in one statement: the App Home asks them on each opening, and as seven Prisma queries they cost
 * ~1 ms of CPU each, and it runs on SQLite's driver itself (direct-reads.ts). The JSON functions come from src/db/dialect.ts; instants compared in the text form the SQLite
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
    (SELECT COUNT(*) FROM "Label" WHERE "validUntil" >= ?
      AND ("status" = 'active' OR ("status" = 'suspended' AND "suspendedUntil" < ?))) AS "activeLabels",
    (SELECT COUNT(*) FROM "ExtensionRequest" WHERE "status" = 'pending') AS "pendingExtensions",
    (SELECT COUNT(*) FROM "Outbox" WHERE "status" = 'dead') AS "deadLetters",
    (SELECT ${d.text(
      d.jsonArray(`${d.jsonObject}('labelId', "id", 'number', "number", 'organisation', "organisation",
        'status', "status", 'validUntil', ${d.instantInJson('"validUntil"')},
        'suspendedUntil', ${d.instantInJson('"suspendedUntil"')})`),
    )} FROM
      (SELECT l."id", l."number", o."name" AS "organisation", l."status", l."validUntil", l."suspendedUntil"
        FROM "Label" l JOIN "Organisation" o ON o."id" = l."organisationId"
        WHERE l."status" IN ('active', 'suspended') AND l."validUntil" >= ?
        ORDER BY l."status" DESC, l."validFrom" DESC, l."number" DESC LIMIT ?) AS "m") AS "managedLabels",
    (SELECT COUNT(*) FROM "Label" WHERE "status" IN ('active', 'suspended') AND "validUntil" >= ?)
      AS "labelsToManage"`),
);

/** DAECT's figures for the App Home, with the first `labelRows` labels it may act on (in the same statement). */
export async function dashboard(
  ctx: WorkflowContext,
  viewer: Viewer,
  dueWithinDays = 14,
  labelRows = 5,
): Promise<Dashboard> {
  assertAllowed("dashboard.view", await loadViewer(ctx.db, viewer));
  const now = ctx.clock.now();
  const today = dateIn(now);
  const [row] = await readRows<FiguresRow>(
    ctx.db,
    figures(ctx.db),
    JSON.stringify(["submitted", "under_review"]),
    today,
    addDays(today, dueWithinDays),
    sqlInstant(now),
    sqlInstant(now),
    sqlInstant(now),
    labelRows,
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
    managedLabels: {
      labels: (JSON.parse(row.managedLabels ?? "[]") as ManagedLabelRow[]).map((l) => managedLabel(l, now)),
      total: Number(row.labelsToManage),
    },
  };
}

function managedLabel(row: ManagedLabelRow, now: Date): ManagedLabel {
  const validUntil = new Date(row.validUntil);
  const suspendedUntil = row.suspendedUntil ? new Date(row.suspendedUntil) : null;
  const state = labelStateAt({ status: row.status, validUntil, suspendedUntil }, now);
  return {
    labelId: row.labelId,
    number: row.number,
    organisation: row.organisation,
    state,
    validUntil,
    suspendedUntil: state === "suspended" ? suspendedUntil : null,
  };
}
