import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresClient } from "../generated/prisma-pg/client";
import { databaseKind, sqliteFileFromUrl } from "./database-url";
import { reusePreparedStatements } from "./statement-cache";

/**
 * One type for the rest of the code. Prisma 6.19 refuses a driver adapter whose provider differs from the
 * schema's ("not compatible with the provider `sqlite`"), so PostgreSQL runs on a second client generated from
 * prisma/postgres/schema.prisma, itself generated from the same model: the two have the same models and methods.
 */
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

/** A Prisma client on the SQLite file of a `file:` DATABASE_URL, or on the server of a `postgres://` one. */
export function createDb(databaseUrl: string | undefined, options: DbOptions = {}): Db {
  const log = options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  const db =
    databaseKind(databaseUrl) === "postgres"
      ? (new PostgresClient({ adapter: new PrismaPg({ connectionString: databaseUrl }), log }) as unknown as Db)
      : new PrismaClient({ adapter: new ReusingSQLite3({ url: sqliteFileFromUrl(databaseUrl) }), log });
  const { onQuery } = options;
  if (onQuery) (db as PrismaClient<"query">).$on("query", (event) => onQuery(event.query));
  return db;
}
