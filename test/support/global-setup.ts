import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseUrl, withServer } from "./postgres-server";

const ROOT = path.resolve(__dirname, "../..");

/**
 * Migrates one template database per provider and run; each test copies it (see test/support/db.ts): a SQLite
 * file, and on PostgreSQL (when jest.config.js found a server) a database the tests copy with CREATE DATABASE …
 * TEMPLATE.
 */
export default async function globalSetup(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "expect-test-"));
  const file = path.join(dir, "template.db");
  execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: `file:${file}` },
  });
  process.env.EXPECT_TEST_TEMPLATE_DB = file;

  const server = process.env.EXPECT_TEST_POSTGRES_URL;
  if (!server) return;
  const template = `${process.env.EXPECT_TEST_RUN}_template`;
  await withServer(server, (client) => client.query(`CREATE DATABASE "${template}"`));
  execFileSync(process.execPath, [path.join(ROOT, "scripts/migrate.js")], {
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: databaseUrl(server, template) },
  });
  process.env.EXPECT_TEST_POSTGRES_TEMPLATE = template;
}
