import type { Db, Prisma } from "../../db/client";
import { type Dialect, perDialect } from "../../db/dialect";
import { readRows } from "../../db/direct-reads";
import { type ReportDue, reportDueOf } from "../../domain/deadline";
import { ACTIVE_MISSION_STATES } from "../../domain/mission";

/**
 * Mission summaries in one statement: through Prisma's include a summary costs a query per relation (~1 ms of CPU
 * each), and lists are read on every App Home and `/expect missions`. The JSON functions come from src/db/dialect.ts.
 */

/**
 * What a line of a mission list shows and decides its buttons by (no legs, label or people); read in one
 * statement below; the include only gives its type.
 */
const summary = {
  organisation: { select: { name: true } },
  missionaries: { select: { personId: true } },
  report: { select: { status: true, submittedAt: true, late: true } },
} as const;
export type MissionSummary = Prisma.MissionGetPayload<{ include: typeof summary }> & {
  /** The report deadline the line shows, planned until the return is recorded (R1): from columns already read. */
  reportDue: ReportDue | null;
};

interface SummaryRow {
  id: string;
  reference: string;
  labelId: string;
  organisationId: string;
  countryCode: string;
  foreignPartner: string;
  nature: string;
  natureDetail: string | null;
  expectedResult: string;
  followUp: string | null;
  transportCostCents: number | bigint;
  stayCostBearer: string | null;
  status: string;
  version: number | bigint;
  startDate: string;
  endDate: string;
  returnedOn: string | null;
  reportDeadline: string | null;
  createdById: string;
  createdAt: string | Date;
  updatedAt: string | Date;
  organisationName: string;
  missionaryIds: string;
  reportStatus: string | null;
  reportSubmittedAt: string | Date | null;
  reportLate: number | bigint | boolean | null;
}

const summaryColumns = (d: Dialect) => `
  m."id", m."reference", m."labelId", m."organisationId", m."countryCode", m."foreignPartner", m."nature",
  m."natureDetail", m."expectedResult", m."followUp", m."transportCostCents", m."stayCostBearer", m."status",
  m."version", m."startDate", m."endDate", m."returnedOn", m."reportDeadline", m."createdById", m."createdAt",
  m."updatedAt", o."name" AS "organisationName",
  (SELECT ${d.text(d.jsonArray('mm."personId"'))} FROM "MissionMissionary" mm WHERE mm."missionId" = m."id")
    AS "missionaryIds",
  r."status" AS "reportStatus", r."submittedAt" AS "reportSubmittedAt", r."late" AS "reportLate"`;
const SUMMARY_JOINS = `
  JOIN "Organisation" o ON o."id" = m."organisationId"
  LEFT JOIN "Report" r ON r."missionId" = m."id"`;
const selectSummary = (d: Dialect) => `SELECT ${summaryColumns(d)} FROM "Mission" m ${SUMMARY_JOINS}`;

const instant = (value: string | Date): Date => (value instanceof Date ? value : new Date(value));

/**
 * A row as its summary, the fields named one by one: an object rest (`{ organisationName, ...mission }`) copies a
 * row of 25 columns on V8's slow path, 0.25 ms of CPU per list of 20 here.
 */
function summaryOf(row: SummaryRow): MissionSummary {
  const mission = {
    id: row.id,
    reference: row.reference,
    labelId: row.labelId,
    organisationId: row.organisationId,
    countryCode: row.countryCode,
    foreignPartner: row.foreignPartner,
    nature: row.nature,
    natureDetail: row.natureDetail,
    expectedResult: row.expectedResult,
    followUp: row.followUp,
    transportCostCents: Number(row.transportCostCents),
    stayCostBearer: row.stayCostBearer,
    status: row.status,
    version: Number(row.version),
    startDate: row.startDate,
    endDate: row.endDate,
    returnedOn: row.returnedOn,
    reportDeadline: row.reportDeadline,
    createdById: row.createdById,
    createdAt: instant(row.createdAt),
    updatedAt: instant(row.updatedAt),
  };
  return {
    ...mission,
    organisation: { name: row.organisationName },
    missionaries: (JSON.parse(row.missionaryIds) as string[]).map((personId) => ({ personId })),
    report:
      row.reportStatus === null
        ? null
        : {
            status: row.reportStatus,
            submittedAt: instant(row.reportSubmittedAt ?? new Date(0)),
            late: Boolean(Number(row.reportLate)),
          },
    reportDue: reportDueOf(mission),
  };
}

/** By start date, then id, as the lists are ordered. */
function byStart(a: MissionSummary, b: MissionSummary): number {
  const [x, y] = a.startDate === b.startDate ? [a.id, b.id] : [a.startDate, b.startDate];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Which capacities besides the person's own missions a sight holds: bodies, countries, every file (bits 1, 2, 4). */
const SIGHT_MASKS = [0, 1, 2, 3, 4, 5, 6, 7];
const sightMask = (sight: Sight) =>
  (sight.bodies.length ? 1 : 0) | (sight.countries.length ? 2 : 0) | (sight.all ? 4 : 0);

/**
 * The first page of what a sight shows, as candidates from index ranges: each capacity's first `size` files by
 * start date (DAECT's as one range per open state, like the App Home's), the lowest capacity kept for a file seen
 * in several, then the page. A file on the page is among the first `size` of the capacity it is listed under (the
 * ones before it there come before it on the page too), so the candidates hold the page. Ranking every open file
 * in one window instead read and sorted DAECT's thousand on each `/expect missions` (2.3 ms against 0.6 ms here).
 * Only the capacities the sight holds are in its statement; the total counts the open files it sees.
 */
function firstVisibleSql(d: Dialect, mask: number): string {
  const open = `"status" IN (${d.valuesOf("?")})`;
  const arm = (capacity: number, from: string, where: string, alias: string) =>
    `SELECT "id", ${capacity} AS "capacity", "startDate" FROM (SELECT m."id", m."startDate" FROM ${from}
      WHERE ${where} ORDER BY m."startDate", m."id" LIMIT ?) AS "${alias}"`;
  const arms = [
    arm(
      0,
      `"MissionMissionary" mm JOIN "Mission" m ON m."id" = mm."missionId"`,
      `mm."personId" = ? AND m.${open}`,
      "mine",
    ),
  ];
  const seen = [`m."id" IN (SELECT "missionId" FROM "MissionMissionary" WHERE "personId" = ?)`];
  if (mask & 1) {
    arms.push(arm(1, `"Mission" m`, `m."organisationId" IN (${d.valuesOf("?")}) AND m.${open}`, "bodies"));
    seen.push(`m."organisationId" IN (${d.valuesOf("?")})`);
  }
  if (mask & 2) {
    arms.push(arm(2, `"Mission" m`, `m."countryCode" IN (${d.valuesOf("?")}) AND m.${open}`, "countries"));
    seen.push(`m."countryCode" IN (${d.valuesOf("?")})`);
  }
  if (mask & 4) {
    for (const [i] of ACTIVE_MISSION_STATES.entries()) arms.push(arm(3, `"Mission" m`, `m."status" = ?`, `all${i}`));
  }
  const total = `SELECT COUNT(*) AS "total" FROM "Mission" m WHERE m.${open}${mask & 4 ? "" : ` AND (${seen.join(" OR ")})`}`;
  return `WITH "candidates" AS (${arms.join(" UNION ALL ")}),
    "page" AS (
      SELECT "id", MIN("capacity") AS "capacity", "startDate" FROM "candidates" GROUP BY "id", "startDate"
      ORDER BY 2, 3, 1 LIMIT ?
    )
    SELECT t."total", ${summaryColumns(d)}
    FROM "page" pg JOIN "Mission" m ON m."id" = pg."id" ${SUMMARY_JOINS} CROSS JOIN (${total}) AS t
    ORDER BY pg."capacity", pg."startDate", pg."id"`;
}

/** The parameters of `firstVisibleSql(mask)`, in the order its text binds them. */
function firstVisibleParams(sight: Sight, mask: number, size: number): unknown[] {
  const open = JSON.stringify(ACTIVE_MISSION_STATES);
  const params: unknown[] = [sight.personId, open, size];
  const seen: unknown[] = [sight.personId];
  if (mask & 1) {
    params.push(JSON.stringify(sight.bodies), open, size);
    seen.push(JSON.stringify(sight.bodies));
  }
  if (mask & 2) {
    params.push(JSON.stringify(sight.countries), open, size);
    seen.push(JSON.stringify(sight.countries));
  }
  if (mask & 4) params.push(...ACTIVE_MISSION_STATES.flatMap((status) => [status, size]));
  params.push(size, open);
  if (!(mask & 4)) params.push(...seen);
  return params;
}

/**
 * One arm per open state, each an index range on (status, startDate, id) stopped at `perStatus` rows: a window
 * function over every open mission read and ranked all thousand of DAECT's files on each App Home (0.6 ms against
 * 0.3 ms here). Its text takes ~1 ms to compile, paid once per connection (statement-cache.ts). Standard SQL (a
 * LIMIT per arm of a UNION ALL, in a derived table), so it stays as it is on PostgreSQL.
 */
const statements = perDialect((d) => ({
  firstOfEachStatus: d.numbered(
    `${selectSummary(d)} WHERE m."id" IN (${ACTIVE_MISSION_STATES.map(
      (_, i) =>
        `SELECT "id" FROM (SELECT "id" FROM "Mission" WHERE "status" = ? ORDER BY "startDate", "id" LIMIT ?) AS "s${i}"`,
    ).join(" UNION ALL ")})`,
  ),
  firstVisible: Object.fromEntries(SIGHT_MASKS.map((mask) => [mask, d.numbered(firstVisibleSql(d, mask))])),
  seenAs: Object.fromEntries(
    Object.entries(seenAs(d)).map(([capacity, condition]) => [
      capacity,
      d.numbered(`${selectSummary(d)} WHERE m."status" IN (${d.valuesOf("?")}) AND ${condition}
    ORDER BY m."startDate", m."id" LIMIT ?`),
    ]),
  ) as Record<Capacity, string>,
}));

/**
 * The first `perStatus[state]` open missions of each state (none of a state it does not name) by start date,
 * ordered by start date: enough for any list that shows at most that many missions of a set of states (the first
 * n of a union are among the first n of each part), without reading the thousand files DAECT may have open.
 */
export async function firstOpenOfEachStatus(
  db: Db,
  perStatus: Readonly<Record<string, number>>,
): Promise<MissionSummary[]> {
  const rows = await readRows<SummaryRow>(
    db,
    statements(db).firstOfEachStatus,
    ...ACTIVE_MISSION_STATES.flatMap((status) => [status, perStatus[status] ?? 0]),
  );
  return rows.map(summaryOf).sort(byStart);
}

/** What a person sees open files in: as missionary, focal point of bodies, embassy of countries, DAECT (all). */
export interface Sight {
  personId: string;
  bodies: readonly string[];
  countries: readonly string[];
  all: boolean;
}

/**
 * The first `size` open files a person sees, and how many in all, in one statement. Lists show a person's own
 * missions first, then their bodies', their countries', every one (DAECT), each by start date, a file once at
 * its first place: ordering by the first capacity a file is seen in, then start date and id, is that order.
 */
export async function firstVisible(
  db: Db,
  sight: Sight,
  size: number,
): Promise<{ missions: MissionSummary[]; total: number }> {
  const mask = sightMask(sight);
  const rows = await readRows<SummaryRow & { total: number | bigint }>(
    db,
    statements(db).firstVisible[mask] as string,
    ...firstVisibleParams(sight, mask, size),
  );
  return { missions: rows.map(summaryOf), total: Number(rows[0]?.total ?? 0) };
}

/** Which open files a capacity shows, as SQL on the mission `m` with its one parameter. */
const seenAs = (d: Dialect) => ({
  mine: `m."id" IN (SELECT "missionId" FROM "MissionMissionary" WHERE "personId" = ?)`,
  ofMyBodies: `m."organisationId" IN (${d.valuesOf("?")})`,
  ofMyCountries: `m."countryCode" IN (${d.valuesOf("?")})`,
  all: "? = 1",
});
type Capacity = keyof ReturnType<typeof seenAs>;

/**
 * The first `take` open files by start date that a capacity shows, in one statement: the person's own (`value`
 * their id), their bodies' or countries' (`value` the ids or codes), or every one (`value` true).
 */
export async function openSeenAs(
  db: Db,
  capacity: Capacity,
  value: string | readonly string[] | true,
  take: number,
): Promise<MissionSummary[]> {
  const rows = await readRows<SummaryRow>(
    db,
    statements(db).seenAs[capacity],
    JSON.stringify(ACTIVE_MISSION_STATES),
    typeof value === "string" ? value : value === true ? 1 : JSON.stringify(value),
    take,
  );
  return rows.map(summaryOf);
}
