import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createDb } from "../../src/db/client";
import { freshDatabaseUrl } from "../support/db";

const ROOT = path.resolve(__dirname, "../..");
const run = promisify(execFile);

/** `node scripts/migrate.js` of the project at `root`, as `npm start` runs it. */
async function migrate(root: string, databaseUrl: string): Promise<string> {
  return (await migrateWithWarnings(root, databaseUrl)).stdout;
}

function migrateWithWarnings(root: string, databaseUrl: string) {
  return run(process.execPath, [path.join(root, "scripts/migrate.js")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

const COMMITTED = fs.readdirSync(path.join(ROOT, "prisma/migrations")).sort();

/** A copy of the project's migration set-up with one more migration, as a pull that adds one would bring. */
function projectWithNewMigration(name: string, sql: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "expect-migrate-"));
  for (const part of [
    "scripts/migrate.js",
    "scripts/migrate-postgres.js",
    "prisma",
    "prisma.config.ts",
    "src/db/database-url.ts",
  ]) {
    fs.cpSync(path.join(ROOT, part), path.join(root, part), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(root, "node_modules"));
  fs.mkdirSync(path.join(root, "prisma/migrations", name));
  fs.writeFileSync(path.join(root, "prisma/migrations", name, "migration.sql"), sql);
  return root;
}

describe("scripts/migrate.js (npm start's migration step)", () => {
  it("says the database is up to date without running the migrator", async () => {
    // Prisma's migrator would print its own lines: the check answers alone.
    expect(await migrate(ROOT, freshDatabaseUrl())).toBe("database up to date\n");
  });

  it("applies a new migration and names it, then finds nothing to do", async () => {
    const root = projectWithNewMigration("29990101000000_probe", 'CREATE TABLE "Probe" ("id" TEXT PRIMARY KEY);\n');
    const url = freshDatabaseUrl();
    expect(await migrate(root, url)).toBe("migrations applied: 29990101000000_probe\n");
    const db = createDb(url);
    try {
      expect(await db.$queryRawUnsafe("SELECT count(*) AS n FROM Probe")).toEqual([{ n: 0n }]);
    } finally {
      await db.$disconnect();
    }
    expect(await migrate(root, url)).toBe("database up to date\n");
  }, 60_000);

  it("creates a missing database file with every migration", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "expect-migrate-")), "new/dir/bot.db");
    expect(await migrate(ROOT, `file:${file}`)).toBe(`migrations applied: ${COMMITTED.join(", ")}\n`);
  }, 60_000);

  it("warns about a migration edited after it was applied, which Prisma would not re-run", async () => {
    const url = freshDatabaseUrl();
    const db = createDb(url);
    await db.$executeRawUnsafe("UPDATE _prisma_migrations SET checksum = 'edited'");
    await db.$disconnect();
    const { stdout, stderr } = await migrateWithWarnings(ROOT, url);
    expect(stdout).toBe("database up to date\n");
    expect(stderr).toContain(`warning: ${COMMITTED[0]}/migration.sql was edited after it was applied`);
  });
});
