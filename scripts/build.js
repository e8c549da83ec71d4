#!/usr/bin/env node
// `npm run build`: compiles src/ (the generated Prisma client included) to dist/ with tsc, for `node dist/main.js`.
// With --if-stale (scripts/start.js calls `buildIfStale`, what `npm start` does), it compiles only when dist/ is missing
// or older than a source: a stat of every file under src/ takes milliseconds, where tsc takes 20 to 40 s on this
// project even with nothing to do.
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const dist = path.join(root, "dist");
const stamp = path.join(dist, ".built");
const inputs = [path.join(root, "src"), path.join(root, "tsconfig.json"), path.join(root, "tsconfig.build.json")];

/** The newest modification time under `target`; directories count too, so a deleted source makes dist/ stale. */
function newest(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) latest = Math.max(latest, newest(path.join(target, entry)));
  return latest;
}

const main = path.join(dist, "main.js");
const fresh = () =>
  fs.existsSync(main) && fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= Math.max(...inputs.map(newest));

function build() {
  // tsc's incremental state would take a deleted output for up to date.
  if (!fs.existsSync(main)) fs.rmSync(path.join(dist, ".tsbuildinfo"), { force: true });
  const started = Date.now();
  try {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
      cwd: root,
      stdio: "inherit",
    });
  } catch (error) {
    process.exit(error.status ?? 1);
  }
  // Dated when tsc started, so that a source saved during the build makes the next start build again.
  fs.writeFileSync(stamp, "");
  fs.utimesSync(stamp, started / 1000, started / 1000);
  console.log(`compiled src/ to dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function buildIfStale() {
  if (!fresh()) build();
}

if (require.main === module) {
  if (process.argv.includes("--if-stale")) buildIfStale();
  else build();
}

module.exports = { buildIfStale };
