import type { Db, Prisma } from "../../db/client";
import { type Dialect, perDialect } from "../../db/dialect";
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
export type MissionSummary = Prisma.MissionGetPayload<{ include: typeof summary }>;

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

function summaryOf(row: SummaryRow): MissionSummary {
  const { organisationName, missionaryIds, reportStatus, reportSubmittedAt, reportLate, ...mission } = row;
  return {
    ...mission,
    transportCostCents: Number(mission.transportCostCents),
    version: Number(mission.version),
    createdAt: instant(mission.createdAt),
    updatedAt: instant(mission.updatedAt),
    organisation: { name: organisationName },
    missionaries: (JSON.parse(missionaryIds) as string[]).map((personId) => ({ personId })),
    report:
      reportStatus === null
        ? null
        : {
            status: reportStatus,
            submittedAt: instant(reportSubmittedAt ?? new Date(0)),
            late: Boolean(Number(reportLate)),
          },
  };
}

/** By start date, then id, as the lists are ordered. */
function byStart(a: MissionSummary, b: MissionSummary): number {
  const [x, y] = a.startDate === b.startDate ? [a.id, b.id] : [a.startDate, b.startDate];
  return x < y ? -1 : x > y ? 1 : 0;
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
  firstVisible: d.numbered(`WITH "visible" AS (
      SELECT m."id", m."startDate",
        CASE
          WHEN m."id" IN (SELECT "missionId" FROM "MissionMissionary" WHERE "personId" = ?) THEN 0
          WHEN m."organisationId" IN (${d.valuesOf("?")}) THEN 1
          WHEN m."countryCode" IN (${d.valuesOf("?")}) THEN 2
          WHEN ${d.condition("?")} THEN 3
        END AS "capacity"
      FROM "Mission" m WHERE m."status" IN (${d.valuesOf("?")})
    ), "page" AS (
      SELECT "id", "capacity", "startDate", COUNT(*) OVER () AS "total" FROM "visible" WHERE "capacity" IS NOT NULL
      ORDER BY "capacity", "startDate", "id" LIMIT ?
    )
    SELECT pg."total", ${summaryColumns(d)}
    FROM "page" pg JOIN "Mission" m ON m."id" = pg."id" ${SUMMARY_JOINS}
    ORDER BY pg."capacity", pg."startDate", pg."id"`),
  seenAs: Object.fromEntries(
    Object.entries(seenAs(d)).map(([capacity, condition]) => [
      capacity,
      d.numbered(`${selectSummary(d)} WHERE m."status" IN (${d.valuesOf("?")}) AND ${condition}
    ORDER BY m."startDate", m."id" LIMIT ?`),
    ]),
  ) as Record<Capacity, string>,
}));

/**
 * The first `perStatus` open missions of each state by start date, ordered by start date: enough for any list
 * that shows at most `perStatus` missions of a set of states (the first n of a union are among the first n of
 * each part), without reading the thousand files DAECT may have open.
 */
export async function firstOpenOfEachStatus(db: Db, perStatus: number): Promise<MissionSummary[]> {
  const rows = await db.$queryRawUnsafe<SummaryRow[]>(
    statements(db).firstOfEachStatus,
    ...ACTIVE_MISSION_STATES.flatMap((status) => [status, perStatus]),
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
  const rows = await db.$queryRawUnsafe<(SummaryRow & { total: number | bigint })[]>(
    statements(db).firstVisible,
    sight.personId,
    JSON.stringify(sight.bodies),
    JSON.stringify(sight.countries),
    sight.all ? 1 : 0,
    JSON.stringify(ACTIVE_MISSION_STATES),
    size,
  );
  return { missions: rows.map(({ total: _, ...row }) => summaryOf(row)), total: Number(rows[0]?.total ?? 0) };
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
  const rows = await db.$queryRawUnsafe<SummaryRow[]>(
    statements(db).seenAs[capacity],
    JSON.stringify(ACTIVE_MISSION_STATES),
    typeof value === "string" ? value : value === true ? 1 : JSON.stringify(value),
    take,
  );
  return rows.map(summaryOf);
}
