import { PrismaPg } from "@prisma/adapter-pg";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresClient } from "../generated/prisma-pg/client";

/**
 * The client of a `postgres://` DATABASE_URL. Its own module, required only when one is configured: the pg driver
 * and the PostgreSQL client take ~60 ms of the start-up on SQLite, the default, which never uses them.
 */
export function createPostgresClient(connectionString: string, log: Prisma.LogDefinition[]): PrismaClient {
  return new PostgresClient({ adapter: new PrismaPg({ connectionString }), log }) as unknown as PrismaClient;
}
