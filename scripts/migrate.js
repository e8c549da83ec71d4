#!/usr/bin/env node
// Applies the committed Prisma migrations to the database of DATABASE_URL (default data/expect.db), and only
// when some are pending: `prisma migrate deploy` costs seconds even with nothing to apply, and `npm start`
// runs this before every start (scripts/start.js calls `migrate`). Prints which migrations were applied, or "database up to date".
// PostgreSQL (postgres:// URL, migrations under prisma/postgres/migrations) is migrated here with `pg`: Prisma
// 6.19's migrator fails through @prisma/adapter-pg ("Column type 'name' could not be deserialized", prisma/orm
// #27403) and the Rust engine is not installed. Each migration runs in one transaction and is recorded in
// Prisma's `_prisma_migrations` table, as `prisma migrate deploy` records it.
const { execFileSync } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");

/** The committed migrations, in the order Prisma applies them (folder names sort by their timestamp). */
function localMigrations(migrationsDir) {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => {
      const sql = fs.readFileSync(path.join(migrationsDir, entry.name, "migration.sql"));
      // Prisma stores the sha256 of migration.sql in _prisma_migrations.checksum.
      return { name: entry.name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const postgres = require("./migrate-postgres");

const { StartProblem } = postgres;

/**
 * One reader per database dialect: the rows of `_prisma_migrations` as { name, checksum, finished, rolledBack },
 * or null when the database or the table does not exist yet; and the migrator of the pending migrations.
 */
const sqlite = {
  migrationsDir: path.join(root, "prisma", "migrations"),
  async prepare(url) {
    fs.mkdirSync(path.dirname(sqliteFile(url)), { recursive: true });
  },
  async readApplied(url) {
    const file = sqliteFile(url);
    if (!fs.existsSync(file)) return null;
    // better-sqlite3 comes with @prisma/adapter-better-sqlite3, the driver the bot itself runs on.
    const Database = require("better-sqlite3");
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'");
      if (!table.get()) return null;
      return db
        .prepare("SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations")
        .all()
        .map((row) => ({
          name: row.migration_name,
          checksum: row.checksum,
          finished: row.finished_at !== null,
          rolledBack: row.rolled_back_at !== null,
        }));
    } finally {
      db.close();
    }
  },
  async migrate(url) {
    try {
      runMigrator(url, "pipe");
    } catch (error) {
      // Prisma's own report says which migration failed and why.
      process.stdout.write(error.stdout ?? "");
      process.stderr.write(error.stderr ?? "");
      process.exit(error.status ?? 1);
    }
  },
  async close() {},
};

/** As Prisma and src/db/database-url.ts read it: relative to the working directory. */
function sqliteFile(url) {
  return path.resolve(url.slice("file:".length).split("?")[0]);
}

/**
 * What the migrator has to do: the migrations not applied yet, all of them while a failed one blocks the way
 * (Prisma then says which and how to resolve it). An applied migration whose file was edited since is not pending:
 * `prisma migrate deploy` ignores it too, so it is only reported.
 */
function compare(local, applied) {
  if (applied === null) return { pending: local, edited: [] };
  const done = new Map(applied.filter((row) => row.finished && !row.rolledBack).map((row) => [row.name, row]));
  const failed = applied.some((row) => !row.finished && !row.rolledBack);
  return {
    pending: local.filter((migration) => failed || !done.has(migration.name)),
    edited: local.filter(
      (migration) => (done.get(migration.name)?.checksum ?? migration.checksum) !== migration.checksum,
    ),
  };
}

function runMigrator(url, output) {
  return execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
    cwd: root,
    stdio: ["ignore", output, output],
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
}

async function main() {
  const url = process.env.DATABASE_URL || "file:./data/expect.db";
  const dialect = url.startsWith("file:") ? sqlite : /^postgres(ql)?:\/\//u.test(url) ? postgres : null;
  if (!dialect) throw new StartProblem("DATABASE_URL must be a file: (SQLite) or postgres:// URL");
  try {
    await migrateWith(dialect, url);
  } finally {
    await dialect.close();
  }
}

async function migrateWith(dialect, url) {
  await dialect.prepare(url);
  const applied = await dialect.readApplied(url);
  const { pending, edited } = compare(localMigrations(dialect.migrationsDir), applied);
  for (const migration of edited) {
    console.warn(
      `warning: ${migration.name}/migration.sql was edited after it was applied; the database keeps the old one`,
    );
  }
  if (pending.length === 0) {
    console.log("database up to date");
    return;
  }
  const before = new Set((applied ?? []).filter((row) => row.finished).map((row) => row.name));
  await dialect.migrate(url, pending);
  const now = ((await dialect.readApplied(url)) ?? []).filter((row) => row.finished && !before.has(row.name));
  console.log(`migrations applied: ${now.map((row) => row.name).join(", ") || "none"}`);
}

/** Migrates, or stops the process with one line when the database cannot be reached or used. */
async function migrate() {
  try {
    await main();
  } catch (error) {
    if (!(error instanceof StartProblem)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

if (require.main === module) migrate();

module.exports = { migrate };
