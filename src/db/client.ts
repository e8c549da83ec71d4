import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { sqliteFileFromUrl } from "./database-url";

export type Db = PrismaClient;
export type { Prisma } from "../generated/prisma/client";

export interface DbOptions {
  /** Called with each SQL statement Prisma sends: how tests and the bench count the queries of a request. */
  onQuery?: (sql: string) => void;
}

/** A Prisma client on the embedded SQLite file named by a `file:` DATABASE_URL. */
export function createDb(databaseUrl: string | undefined, options: DbOptions = {}): Db {
  const adapter = new PrismaBetterSQLite3({ url: sqliteFileFromUrl(databaseUrl) });
  const { onQuery } = options;
  if (!onQuery) return new PrismaClient({ adapter });
  const db = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  db.$on("query", (event) => onQuery(event.query));
  return db as unknown as Db;
}
