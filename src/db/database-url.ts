import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/expect.db";

/** Resolves a `file:` URL (relative to the working directory, as Prisma does) to a SQLite file path. */
export function sqliteFileFromUrl(url: string | undefined): string {
  const value = url && url.length > 0 ? url : DEFAULT_DATABASE_URL;
  if (!value.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a file: URL for SQLite, got ${value.split(":")[0]}:`);
  }
  const file = value.slice("file:".length).split("?")[0] ?? "";
  return path.resolve(file);
}
