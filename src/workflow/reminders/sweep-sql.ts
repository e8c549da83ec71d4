import type { Db } from "../../db/client";
import { type Dialect, dialectOf, perDialect } from "../../db/dialect";
import type { AnchorRange } from "../../domain/reminder-policy";
import type { Tx } from "../context";

/**
 * The sweep's hot path in SQL: thousands of due prompts per run cost ~50–300 µs a row through the Prisma
 * client and ~10 µs in SQLite, so rows go in and come out as one JSON document per statement
 * (src/db/dialect.ts gives each database's JSON functions). Instants are written in the text form the SQLite
 * adapter writes, so Prisma's own reads and comparisons see the same values; PostgreSQL reads the same text.
 */

export function sqlInstant(at: Date): string {
  return at.toISOString().replace("Z", "+00:00");
}

async function jsonRows<T>(db: Db | Tx, sql: string, params: unknown[]): Promise<T[]> {
  const result = await db.$queryRawUnsafe<{ rows: string | null }[]>(sql, ...params);
  return JSON.parse(result[0]?.rows ?? "[]") as T[];
}

export interface CandidateRow {
  id: string;
  reference: string;
  status: string;
  returnedOn: string | null;
  reportDeadline: string | null;
  organisationId: string;
  transportCostCents: number;
  submittedAt: string | null;
  missionaries: string[];
}

const ANCHOR_COLUMNS = {
  returnedOn: 'm."returnedOn"',
  reportDeadline: 'm."reportDeadline"',
  reportSubmittedOn: 'r."submittedAt"',
};

/** The candidates' document: `where` is built per call from the policy's ranges. */
const candidates = (d: Dialect, where: string) =>
  d.numbered(`SELECT ${d.text(
    d.jsonArray(`${d.jsonObject}(
      'id', m.id, 'reference', m.reference, 'status', m.status, 'returnedOn', m."returnedOn",
      'reportDeadline', m."reportDeadline", 'organisationId', m."organisationId",
      'transportCostCents', m."transportCostCents", 'submittedAt', ${d.instantInJson('r."submittedAt"')},
      'missionaries', ${d.nested(`SELECT ${d.jsonArray('mm."personId"')} FROM "MissionMissionary" mm WHERE mm."missionId" = m.id`)}
    )`),
  )} AS rows
    FROM "Mission" m LEFT JOIN "Report" r ON r."missionId" = m.id
    WHERE ${where}`);

/**
 * Missions in `states` whose anchors fall in the ranges: status first, then a date, which the
 * (status, reportDeadline) and (status, endDate) indexes serve. `toBound` turns a range's Paris date
 * into the column's value (the date itself, or an instant for the report's submission).
 */
export function findCandidateMissions(
  db: Db,
  states: readonly string[],
  ranges: readonly AnchorRange[],
  toBound: (anchor: AnchorRange["anchor"], side: "from" | "to", date: string) => string,
): Promise<CandidateRow[]> {
  const where = [`m.status IN (${states.map(() => "?").join(", ")})`];
  const params: unknown[] = [...states];
  for (const range of ranges) {
    if (range.anchor === "labelValidUntil") continue;
    const column = ANCHOR_COLUMNS[range.anchor];
    if (range.onOrAfter) {
      where.push(`${column} >= ?`);
      params.push(toBound(range.anchor, "from", range.onOrAfter));
    }
    if (range.onOrBefore) {
      where.push(`${column} <= ?`);
      params.push(toBound(range.anchor, "to", range.onOrBefore));
    }
  }
  return jsonRows<CandidateRow>(db, candidates(dialectOf(db), where.join(" AND ")), params);
}

export interface PersonRow {
  id: string;
  name: string;
  email: string;
  timeZone: string | null;
}

const statements = perDialect((d) => ({
  people: d.numbered(
    `SELECT ${d.text(d.jsonArray(`${d.jsonObject}('id', id, 'name', name, 'email', email, 'timeZone', "timeZone")`))} AS rows
     FROM "Person" WHERE id IN (${d.valuesOf("?")})`,
  ),
  claimedKeys: d.numbered(
    `WITH asked(key) AS (${d.valuesOf("?")})
     SELECT ${d.text(d.jsonArray("key"))} AS rows FROM (
       SELECT "dedupeKey" AS key FROM "Outbox" WHERE "dedupeKey" IN (SELECT key FROM asked)
       UNION SELECT key FROM "Reminder" WHERE key IN (SELECT key FROM asked)) AS claimed`,
  ),
  insertOutbox: d.numbered(
    `INSERT INTO "Outbox" (id, kind, "recipientId", channel, "missionId", payload, "dedupeKey", status, attempts, "nextAttemptAt", "createdAt")
     SELECT value->>'id', value->>'kind', value->>'recipientId', value->>'channel', value->>'missionId',
            value->'payload', value->>'dedupeKey', 'pending', 0, ${d.instant("value->>'nextAttemptAt'")},
            ${d.instant("value->>'createdAt'")}
     FROM ${d.elementsOf("?")} WHERE true
     ON CONFLICT ("dedupeKey") DO NOTHING`,
  ),
  outboxIds: d.numbered(`SELECT ${d.text(d.jsonArray("id"))} AS rows FROM "Outbox" WHERE id IN (${d.valuesOf("?")})`),
  insertReminders: d.numbered(
    `INSERT INTO "Reminder" (id, key, "missionId", kind, "recipientId", "claimedAt", "outboxId")
     SELECT ${d.randomId}, o."dedupeKey", o."missionId", ${d.json("o.payload")}->>'reminderKind', o."recipientId", o."createdAt", o.id
     FROM "Outbox" o WHERE o.id IN (${d.valuesOf("?")})`,
  ),
}));

export function findPeople(db: Db, ids: readonly string[]): Promise<PersonRow[]> {
  return jsonRows<PersonRow>(db, statements(db).people, [JSON.stringify(ids)]);
}

/**
 * Of these prompt keys, the ones already claimed: a claimed prompt has an outbox row with its key as
 * dedupe key and, for a mission, a Reminder row with the same key.
 */
export function findClaimedKeys(db: Db | Tx, keys: readonly string[]): Promise<string[]> {
  return jsonRows<string>(db, statements(db).claimedKeys, [JSON.stringify(keys)]);
}

export interface OutboxInsert {
  id: string;
  kind: string;
  recipientId: string | null;
  channel: string | null;
  missionId: string | null;
  /** Stored as its JSON text: passed as an object, so the document carries it without a second escaping. */
  payload: Record<string, unknown>;
  dedupeKey: string;
  nextAttemptAt: string;
  createdAt: string;
}

/** Queues the rows whose dedupe key is free and skips the others; returns how many went in. */
export function insertOutboxRows(tx: Tx, rows: readonly OutboxInsert[]): Promise<number> {
  return tx.$executeRawUnsafe(statements(tx).insertOutbox, JSON.stringify(rows));
}

/** Which of these outbox rows exist. */
export function findOutboxIds(tx: Tx, ids: readonly string[]): Promise<string[]> {
  return jsonRows<string>(tx, statements(tx).outboxIds, [JSON.stringify(ids)]);
}

/**
 * The at-most-once record of each mission prompt, from the outbox rows just queued: its key is the row's
 * dedupe key and its kind the policy kind the payload names.
 */
export async function insertRemindersFor(tx: Tx, outboxIds: readonly string[]): Promise<void> {
  await tx.$executeRawUnsafe(statements(tx).insertReminders, JSON.stringify(outboxIds));
}
