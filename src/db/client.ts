import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { sqliteFileFromUrl } from "./database-url";

export type Db = PrismaClient;
export type { Prisma } from "../generated/prisma/client";

/** A Prisma client on the embedded SQLite file named by a `file:` DATABASE_URL. */
export function createDb(databaseUrl: string | undefined): Db {
  const adapter = new PrismaBetterSQLite3({ url: sqliteFileFromUrl(databaseUrl) });
  return new PrismaClient({ adapter });
}
