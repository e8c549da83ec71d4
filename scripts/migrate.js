#!/usr/bin/env node
// Applies the committed Prisma migrations to the database of DATABASE_URL (default data/expect.db).
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const url = process.env.DATABASE_URL || "file:./data/expect.db";
if (url.startsWith("file:")) {
  const file = path.resolve(url.slice("file:".length).split("?")[0]);
  fs.mkdirSync(path.dirname(file), { recursive: true });
}
const prisma = require.resolve("prisma/build/index.js");
execFileSync(process.execPath, [prisma, "migrate", "deploy"], {
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...process.env, DATABASE_URL: url },
});
