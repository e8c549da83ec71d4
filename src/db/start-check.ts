import type { Db } from "./client";
import { databaseKind, postgresTarget } from "./database-url";

interface DriverCause {
  kind?: string;
  originalCode?: string;
  code?: string;
  originalMessage?: string;
  message?: string;
}

/** The driver's own error under Prisma's: on `meta.driverAdapterError` for a query, on `cause` when raised bare. */
function causeOf(error: unknown): DriverCause {
  const e = error as { meta?: { driverAdapterError?: { cause?: DriverCause } }; cause?: DriverCause };
  return e.meta?.driverAdapterError?.cause ?? e.cause ?? {};
}

/** One line saying where and what failed: Prisma's own message spans lines and quotes our source. */
export function describeDatabaseFailure(databaseUrl: string | undefined, error: unknown): string {
  const lastLine = (
    String((error as Error)?.message ?? error)
      .trim()
      .split("\n")
      .pop() ?? ""
  ).trim();
  if (databaseKind(databaseUrl) !== "postgres" || !databaseUrl) return `database: ${lastLine}`;
  const target = postgresTarget(databaseUrl);
  if ("problem" in target) return target.problem;
  const where = target.label;
  const cause = causeOf(error);
  const detail = cause.originalMessage ?? cause.message ?? lastLine;
  switch (cause.kind) {
    case "DatabaseNotReachable":
      return `PostgreSQL unreachable for ${where}`;
    case "DatabaseDoesNotExist":
      return `PostgreSQL: ${where} does not exist: create it (createdb ${target.database}) or fix DATABASE_URL`;
    case "DatabaseAccessDenied":
    case "AuthenticationFailed":
      return `PostgreSQL refused the connection to ${where}: ${detail}`;
    case "TableDoesNotExist":
      return `PostgreSQL: ${where} is not migrated: run npm run migrate (npm start does)`;
  }
  if ((cause.originalCode ?? cause.code) === "42501") {
    return `PostgreSQL: missing rights on ${where}: ${detail}`;
  }
  return `PostgreSQL failed for ${where}: ${detail}`;
}

/**
 * Reads the migrated schema once before serving, so a wrong DATABASE_URL, an unreachable server, a missing
 * database or missing rights stop the start with one line instead of failing the first request.
 */
export async function checkDatabase(db: Db, databaseUrl: string | undefined): Promise<void> {
  try {
    await db.$queryRaw`SELECT "name" FROM "Lease" WHERE 1 = 0`;
  } catch (error) {
    throw new DatabaseStartError(describeDatabaseFailure(databaseUrl, error));
  }
}

export class DatabaseStartError extends Error {
  override name = "DatabaseStartError";
}
