import { advanceMissions, sweepLabelWarnings, sweepReminders } from "../../src/workflow";
import { createKit, type Kit } from "../support/workflow-kit";

interface Statement {
  all(...params: unknown[]): { detail: string }[];
}
const Database = require("better-sqlite3") as new (
  file: string,
  options: { readonly: boolean },
) => { prepare(sql: string): Statement; close(): void };

const DATE_BOUND = /(returnedOn|reportDeadline|startDate|endDate|validUntil)\W*\s*[<>]=? \?/;

let kit: Kit;
beforeEach(async () => {
  kit = await createKit();
});
afterEach(() => kit.close());

/**
 * SQLite's plan for each statement the scheduled jobs read missions and labels with. The plan depends on
 * the schema, not the rows (no ANALYZE runs), so an empty file shows what a table of 100 000 gets.
 */
function plansOfReads(statements: readonly string[]): { sql: string; plan: string[] }[] {
  const file = new Database(kit.url.replace(/^file:/, ""), { readonly: true });
  try {
    return [...new Set(statements)]
      .filter((sql) => /^\s*(SELECT|WITH)/i.test(sql) && /"?`?(Mission|Label)`?"?\s+(m\b|WHERE)/.test(sql))
      .map((sql) => {
        const params = Array.from(sql.matchAll(/\?/g), () => null);
        const plan = file.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params);
        return { sql, plan: plan.map((row) => row.detail) };
      });
  } finally {
    file.close();
  }
}

test("the sweep and the mission advance read missions and labels by an index range on their dates, never the whole table", async () => {
  kit.queries.reset();
  await advanceMissions(kit.ctx);
  await sweepReminders(kit.ctx);
  await sweepLabelWarnings(kit.ctx);
  const reads = plansOfReads(kit.queries.statements);
  // The distinct statements: advanceMissions' three, the rules' shapes (several rules share one), the labels'.
  expect(reads.length).toBeGreaterThanOrEqual(8);
  expect(reads.filter(({ sql }) => /returnedOn\W* <= \?/.test(sql))).toHaveLength(1);
  for (const { sql, plan } of reads) {
    const table = plan.find((line) => /^(SEARCH|SCAN) (main\.)?(Mission|Label|m)\b/.test(line));
    expect({ sql, plan: table }).toEqual({ sql, plan: expect.stringMatching(/^SEARCH /) });
    // A date bound on the table itself narrows the index range beyond the status. (The validation reminder
    // bounds the report's submission instead: it reads the missions awaiting review, a backlog, not the table.)
    if (DATE_BOUND.test(sql)) {
      expect({ sql, plan: table }).toEqual({ sql, plan: expect.stringMatching(/\(status=\? AND \w+[<>]/) });
    }
    // The first report prompt bounds the return date and the deadline; missions just back all have a far
    // deadline, so only the return date narrows the read to the due ones.
    if (/returnedOn\W* <= \?/.test(sql)) {
      expect({ sql, plan: table }).toEqual({ sql, plan: expect.stringContaining("(status=? AND returnedOn<?)") });
    }
  }
});
