import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { sqliteFileFromUrl } from "./database-url";
import { reusePreparedStatements } from "./statement-cache";

export type Db = PrismaClient;
export { Prisma } from "../generated/prisma/client";

export interface DbOptions {
  /** Called with each SQL statement Prisma sends: how tests and the bench count the queries of a request. */
  onQuery?: (sql: string) => void;
}

/** The adapter whose connection keeps its compiled statements (see statement-cache.ts). */
class ReusingSQLite3 extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    reusePreparedStatements((adapter as unknown as { client?: unknown }).client);
    return adapter;
  }
}

/** A Prisma client on the embedded SQLite file named by a `file:` DATABASE_URL. */
export function createDb(databaseUrl: string | undefined, options: DbOptions = {}): Db {
  const adapter = new ReusingSQLite3({ url: sqliteFileFromUrl(databaseUrl) });
  const { onQuery } = options;
  if (!onQuery) return new PrismaClient({ adapter });
  const db = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  db.$on("query", (event) => onQuery(event.query));
  return db as unknown as Db;
}
