import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Migrates one template SQLite file per run; each test copies it (see test/support/db.ts). */
export default function globalSetup(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "expect-test-"));
  const file = path.join(dir, "template.db");
  execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: `file:${file}` },
  });
  process.env.EXPECT_TEST_TEMPLATE_DB = file;
}
