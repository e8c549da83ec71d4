import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/expect.db";

export type DatabaseKind = "sqlite" | "postgres";

/** `file:` is the embedded SQLite file; `postgres://` or `postgresql://` a PostgreSQL server. */
export function databaseKind(url: string | undefined): DatabaseKind | null {
  const value = url && url.length > 0 ? url : DEFAULT_DATABASE_URL;
  if (value.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//u.test(value)) return "postgres";
  return null;
}

/** Resolves a `file:` URL (relative to the working directory, as Prisma does) to a SQLite file path. */
export function sqliteFileFromUrl(url: string | undefined): string {
  const value = url && url.length > 0 ? url : DEFAULT_DATABASE_URL;
  if (!value.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a file: URL for SQLite, got ${value.split(":")[0]}:`);
  }
  const file = value.slice("file:".length).split("?")[0] ?? "";
  return path.resolve(file);
}

export interface PostgresTarget {
  host: string;
  port: number;
  database: string;
  /** Where the messages point: host, port and database, never the password. */
  label: string;
}

/**
 * The server and database a `postgres://` URL names, or why it names none: said in one line at start, where a
 * driver would fail later with a message that does not say which setting is wrong.
 */
export function postgresTarget(url: string): PostgresTarget | { problem: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { problem: "DATABASE_URL is not a valid postgres:// URL (postgres://user:password@host:5432/database)" };
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//u, ""));
  if (!parsed.hostname) return { problem: "DATABASE_URL names no host (postgres://user:password@host:5432/database)" };
  if (!database || database.includes("/")) {
    return { problem: `DATABASE_URL names no database on ${parsed.hostname} (postgres://…@host:5432/database)` };
  }
  const port = parsed.port ? Number(parsed.port) : 5432;
  return { host: parsed.hostname, port, database, label: `database "${database}" on ${parsed.hostname}:${port}` };
}
