import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "../../src/db/client";

let counter = 0;

/** A fresh, migrated SQLite file for one test (a copy of the template made in global-setup). */
export function freshDatabaseUrl(): string {
  const template = process.env.EXPECT_TEST_TEMPLATE_DB;
  if (!template) throw new Error("EXPECT_TEST_TEMPLATE_DB is not set: run the tests with jest's globalSetup");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "expect-db-"));
  const file = path.join(dir, `test-${process.pid}-${counter++}.db`);
  fs.copyFileSync(template, file);
  return `file:${file}`;
}

/** The SQL statements a client sent since it was made or since the last `reset()`. */
export class QueryLog {
  readonly statements: string[] = [];
  get count(): number {
    return this.statements.length;
  }
  reset(): void {
    this.statements.length = 0;
  }
}

export function freshDb(): { db: Db; url: string; queries: QueryLog } {
  const url = freshDatabaseUrl();
  const queries = new QueryLog();
  return { db: createDb(url, { onQuery: (sql) => queries.statements.push(sql) }), url, queries };
}
