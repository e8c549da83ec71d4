import { execFile } from "node:child_process";
import path from "node:path";
import pino from "pino";
import { loadConfig } from "../../src/config/env";
import { startBot } from "../../src/server";
import { freshPostgresUrl } from "../support/db";
import { databaseUrl, withServer } from "../support/postgres-server";

const ROOT = path.resolve(__dirname, "../..");
const server = process.env.EXPECT_TEST_POSTGRES_URL;
const run = process.env.EXPECT_TEST_RUN;

/** stdout, stderr and exit code of `node scripts/migrate.js`, as `npm start` runs it. */
function migrate(databaseUrl: string): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, "scripts/migrate.js")],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl } },
      (error, stdout, stderr) => resolve({ stdout, stderr, code: error ? Number(error.code ?? 1) : 0 }),
    );
  });
}

/** What the bot says when it cannot start on this database: the one line main.ts prints. */
async function startFailure(url: string): Promise<string> {
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", DATABASE_URL: url });
  return startBot(config, pino({ level: "silent" })).then(
    async (bot) => {
      await bot.close();
      return "started";
    },
    (error: Error) => error.message,
  );
}

describe("a postgres:// DATABASE_URL the start cannot use", () => {
  it("stops the migration with one line for a malformed URL or an unreachable server", async () => {
    expect(await migrate("postgres://bot@[db/expect")).toEqual({
      stdout: "",
      stderr: "DATABASE_URL is not a valid postgres:// URL (postgres://user:password@host:5432/database)\n",
      code: 1,
    });
    // Port 9 (discard) has no PostgreSQL on 127.0.0.1: connection refused.
    expect(await migrate("postgres://bot@127.0.0.1:9/expect")).toEqual({
      stdout: "",
      stderr: 'PostgreSQL unreachable for database "expect" on 127.0.0.1:9: ECONNREFUSED\n',
      code: 1,
    });
    expect(await startFailure("postgres://bot@127.0.0.1:9/expect")).toBe(
      'PostgreSQL unreachable for database "expect" on 127.0.0.1:9',
    );
  });
});

(server && run ? describe : describe.skip)("on a PostgreSQL server", () => {
  const serverUrl = server ?? "";
  const where = (name: string) => {
    const url = new URL(serverUrl);
    return `database "${name}" on ${url.hostname}:${url.port || 5432}`;
  };

  it("migrates an empty database, then starts and answers /healthz", async () => {
    const name = `${run}_empty`;
    await withServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
    const url = databaseUrl(serverUrl, name);
    const first = await migrate(url);
    expect(first).toMatchObject({ code: 0, stdout: expect.stringMatching(/^migrations applied: \d+_init\n$/) });
    expect(await migrate(url)).toEqual({ stdout: "database up to date\n", stderr: "", code: 0 });
    const bot = await startBot(
      loadConfig({ PORT: "0", HOST: "127.0.0.1", DATABASE_URL: url }),
      pino({ level: "silent" }),
    );
    try {
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    } finally {
      await bot.close();
    }
  }, 60_000);

  it("names a missing database, for the migration and the bot", async () => {
    const url = databaseUrl(serverUrl, `${run}_missing`);
    const line = `PostgreSQL: ${where(`${run}_missing`)} does not exist: create it (createdb ${run}_missing) or fix DATABASE_URL`;
    expect(await migrate(url)).toEqual({ stdout: "", stderr: `${line}\n`, code: 1 });
    expect(await startFailure(url)).toBe(line);
  });

  it("names the user without the rights to migrate or to read", async () => {
    const role = `${run}_reader`;
    await withServer(serverUrl, (client) => client.query(`CREATE ROLE "${role}" LOGIN`));
    try {
      const migrated = new URL(await freshPostgresUrl());
      const name = migrated.pathname.slice(1);
      migrated.username = role;
      // PostgreSQL 15 grants no CREATE on schema public to other users, and no one reads a table not granted.
      const empty = `${run}_norights`;
      await withServer(serverUrl, (client) => client.query(`CREATE DATABASE "${empty}"`));
      const unmigrated = new URL(databaseUrl(serverUrl, empty));
      unmigrated.username = role;
      expect(await migrate(unmigrated.toString())).toEqual({
        stdout: "",
        stderr: `PostgreSQL: user "${role}" lacks the rights to migrate ${where(empty)}: permission denied for schema public\n`,
        code: 1,
      });
      expect(await startFailure(migrated.toString())).toBe(
        `PostgreSQL: missing rights on ${where(name)}: permission denied for table Lease`,
      );
    } finally {
      // The role owns nothing and was granted nothing: the databases stay for the global teardown.
      await withServer(serverUrl, (client) => client.query(`DROP ROLE "${role}"`));
    }
  }, 60_000);
});
