import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "../../src/db/client";
import { databaseUrl, withServer } from "./postgres-server";

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

/** The provider of this jest project: PostgreSQL in the project test/support/use-postgres.ts sets up. */
export function testDatabaseKind(): "sqlite" | "postgres" {
  return process.env.EXPECT_TEST_DATABASE === "postgres" ? "postgres" : "sqlite";
}

/**
 * A fresh, migrated PostgreSQL database for one test: a copy of the run's template, named with the run so that
 * the global teardown drops it.
 */
export async function freshPostgresUrl(): Promise<string> {
  const server = process.env.EXPECT_TEST_POSTGRES_URL;
  const template = process.env.EXPECT_TEST_POSTGRES_TEMPLATE;
  if (!server || !template) throw new Error("no PostgreSQL template: run the PostgreSQL project through jest");
  // Each test file has its own module registry (and counter) in a worker that runs several files: random, then.
  const name = `${process.env.EXPECT_TEST_RUN}_${randomBytes(6).toString("hex")}`;
  // FILE_COPY copies the few files of a small template, where the default WAL_LOG writes it all to the WAL.
  await withServer(server, (client) =>
    client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}" STRATEGY FILE_COPY`),
  );
  return databaseUrl(server, name);
}

/** A fresh, migrated database of this project's provider. */
export async function freshTestDatabaseUrl(): Promise<string> {
  return testDatabaseKind() === "postgres" ? freshPostgresUrl() : freshDatabaseUrl();
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

export async function freshDb(): Promise<{ db: Db; url: string; queries: QueryLog }> {
  const url = await freshTestDatabaseUrl();
  const queries = new QueryLog();
  return { db: createDb(url, { onQuery: (sql) => queries.statements.push(sql) }), url, queries };
}
