import { readRows } from "../../db/direct-reads";
import {
  CAPITALISATION_GROUPINGS,
  type CapitalisationGrouping,
  type CapitalisationRow,
  DONE_STATES,
  LATE_WITHOUT_REPORT_STATES,
} from "../../domain/capitalisation";
import { assertAllowed } from "../../domain/roles";
import type { WorkflowContext } from "../context";
import { loadViewer, type Viewer } from "../people";

/** What each grouping groups by: the Paris calendar dates are stored as text, so a year is their first four. */
const KEYS: Record<CapitalisationGrouping, string> = {
  year: `substr(COALESCE(m."returnedOn", m."endDate"), 1, 4)`,
  country: `m."countryCode"`,
  body: `o."name"`,
};

/** The domain's states as an SQL list: they are the code's own names, never anyone's input. */
const list = (states: readonly string[]) => states.map((s) => `'${s}'`).join(", ");

/**
 * One grouped SELECT; a boolean column reads 0/1 on SQLite and true/false on PostgreSQL, and CASE takes both.
 * A mission has at most one report and one reimbursement (unique missionId), so the joins add no rows.
 */
function grouped(by: CapitalisationGrouping): string {
  return `SELECT '${by}' AS "grouping", ${KEYS[by]} AS "key",
      COUNT(*) AS "missionsDone",
      SUM(CASE WHEN r."id" IS NULL
        THEN CASE WHEN m."status" IN (${list(LATE_WITHOUT_REPORT_STATES)}) THEN 1 ELSE 0 END
        ELSE CASE WHEN r."late" THEN 1 ELSE 0 END END) AS "reportsLate",
      COUNT(b."id") AS "reimbursementsAsked",
      SUM(CASE WHEN b."status" = 'paid' THEN 1 ELSE 0 END) AS "reimbursementsSettled",
      SUM(CASE WHEN r."complementaryAction" THEN 1 ELSE 0 END) AS "complementaryAction",
      SUM(CASE WHEN r."longTermCooperation" THEN 1 ELSE 0 END) AS "longTermCooperation"
    FROM "Mission" m
      JOIN "Organisation" o ON o."id" = m."organisationId"
      LEFT JOIN "Report" r ON r."missionId" = m."id"
      LEFT JOIN "Reimbursement" b ON b."missionId" = m."id"
    WHERE m."status" IN (${list(DONE_STATES)})
    GROUP BY ${KEYS[by]}`;
}

/** The statement of each set of groupings, built once: every grouping in one statement, one SELECT each. */
const statements = new Map<string, string>();
function statementFor(groupings: readonly CapitalisationGrouping[]): string {
  const name = groupings.join(",");
  let sql = statements.get(name);
  if (sql === undefined) {
    sql = groupings.map(grouped).join("\nUNION ALL\n");
    statements.set(name, sql);
  }
  return sql;
}

type Count = number | bigint | string | null;
type StatsRow = { grouping: CapitalisationGrouping; key: string } & Record<
  Exclude<keyof CapitalisationRow, "key">,
  Count
>;

const count = (value: Count) => Number(value ?? 0);

/**
 * DAECT's capitalisation counts (issue 13 §4), under each grouping asked, in one statement with one grouped SELECT
 * per grouping: a read, so no transaction (the groupings are one statement, so they agree with each other).
 */
export async function capitalisationStats<G extends CapitalisationGrouping>(
  ctx: WorkflowContext,
  viewer: Viewer,
  groupings: readonly G[],
): Promise<Record<G, CapitalisationRow[]>> {
  assertAllowed("stats.view", await loadViewer(ctx.db, viewer));
  const asked = CAPITALISATION_GROUPINGS.filter((g): g is G => (groupings as readonly string[]).includes(g));
  const result = Object.fromEntries(asked.map((g) => [g, [] as CapitalisationRow[]])) as Record<G, CapitalisationRow[]>;
  if (asked.length === 0) return result;
  const rows = await readRows<StatsRow>(ctx.db, statementFor(asked));
  for (const row of rows) {
    result[row.grouping as G].push({
      key: String(row.key),
      missionsDone: count(row.missionsDone),
      reportsLate: count(row.reportsLate),
      reimbursementsAsked: count(row.reimbursementsAsked),
      reimbursementsSettled: count(row.reimbursementsSettled),
      complementaryAction: count(row.complementaryAction),
      longTermCooperation: count(row.longTermCooperation),
    });
  }
  for (const g of asked) result[g].sort((a, b) => a.key.localeCompare(b.key));
  return result;
}
