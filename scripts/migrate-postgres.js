// The PostgreSQL dialect of scripts/migrate.js: reads and writes Prisma's `_prisma_migrations` with `pg`, and
// applies each pending migration in one transaction (PostgreSQL's DDL is transactional, so a failed migration
// leaves nothing behind and the next start tries it again).
const crypto = require("node:crypto");
const path = require("node:path");

/** Stops the start with one line: what failed, where; never a stack trace. */
class StartProblem extends Error {}

/** What DATABASE_URL names, checked before connecting: pg would take a malformed URL for defaults. */
function target(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new StartProblem("DATABASE_URL is not a valid postgres:// URL (postgres://user:password@host:5432/database)");
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//u, ""));
  if (!parsed.hostname) throw new StartProblem("DATABASE_URL names no host (postgres://user@host:5432/database)");
  if (!database || database.includes("/")) {
    throw new StartProblem(`DATABASE_URL names no database on ${parsed.hostname} (postgres://user@host:5432/database)`);
  }
  const where = `database "${database}" on ${parsed.hostname}:${parsed.port || 5432}`;
  return { database, user: decodeURIComponent(parsed.username) || process.env.USER || "", where };
}

/** The driver's error in words that say which setting to fix. */
function describe(error, { database, user, where }) {
  switch (error.code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
      return `PostgreSQL unreachable for ${where}: ${error.code === "ENOTFOUND" ? "unknown host" : error.code}`;
    case "3D000":
      return `PostgreSQL: ${where} does not exist: create it (createdb ${database}) or fix DATABASE_URL`;
    case "28P01":
    case "28000":
      return `PostgreSQL refused user "${user}" for ${where}: ${error.message}`;
    case "42501":
      return `PostgreSQL: user "${user}" lacks the rights to migrate ${where}: ${error.message}`;
    default:
      return `PostgreSQL failed for ${where}: ${error.message}`;
  }
}

let client = null;
let place = null;

async function query(sql, params) {
  try {
    return await client.query(sql, params);
  } catch (error) {
    throw new StartProblem(describe(error, place));
  }
}

const postgres = {
  StartProblem,
  migrationsDir: path.join(__dirname, "..", "prisma", "postgres", "migrations"),
  async prepare(url) {
    place = target(url);
    const { Client } = require("pg");
    client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    // An error after connecting (the server going away) reaches the next query; without a listener it would crash.
    client.on("error", () => {});
    try {
      await client.connect();
    } catch (error) {
      client = null;
      throw new StartProblem(describe(error, place));
    }
    // Instances deployed together all run this at start: the first migrates, the others wait here (the lock is the
    // session's, freed when it closes) and then read a history with nothing pending.
    await query("SELECT pg_advisory_lock(hashtext('expect-migrations'))");
  },
  async readApplied() {
    const table = await query("SELECT to_regclass('_prisma_migrations') AS t");
    if (table.rows[0].t === null) return null;
    const { rows } = await query(
      "SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations",
    );
    return rows.map((row) => ({
      name: row.migration_name,
      checksum: row.checksum,
      finished: row.finished_at !== null,
      rolledBack: row.rolled_back_at !== null,
    }));
  },
  async migrate(_url, pending) {
    // The table as `prisma migrate deploy` creates it, so Prisma's tools read this history.
    await query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    for (const migration of pending) {
      await query("BEGIN");
      try {
        await client.query(migration.sql.toString("utf8"));
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [crypto.randomUUID(), migration.checksum, migration.name],
        );
        await query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw new StartProblem(`migration ${migration.name} failed: ${describe(error, place)}`);
      }
    }
  },
  async close() {
    await client?.end().catch(() => {});
    client = null;
  },
};

module.exports = postgres;
