import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { databaseKind, sqliteFileFromUrl } from "./src/db/database-url";

// The JS engine and the driver adapters let the Prisma CLI migrate fully offline. A postgres:// DATABASE_URL picks
// the PostgreSQL schema (generated from prisma/schema.prisma by scripts/postgres-schema.js) and its migrations.
const url = process.env.DATABASE_URL;
const folder = databaseKind(url) === "postgres" ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations") },
  async adapter() {
    if (databaseKind(url) === "postgres") return new PrismaPg({ connectionString: url });
    return new PrismaBetterSQLite3({ url: sqliteFileFromUrl(url) });
  },
});
