#!/usr/bin/env node
// `npm run build`: compiles src/ (the generated Prisma client included) to dist/ with tsc, then bundles dist/main.js
// and the packages it loads into dist/bot.js, which `npm start` runs. A start reads ~1 800 files otherwise: resolving
// and reading them was half of the start-up's CPU (measured by bench:surfaces: 2.1 s → 1.1 s to the first 200 on a
// loaded machine). Left out of the bundle: better-sqlite3 (a native module), @prisma/client (its query compiler is
// WebAssembly loaded by path) and pdfkit (its fonts are read by path); dist/main.js stays runnable on its own.
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
  fs.existsSync(main) &&
  fs.existsSync(path.join(dist, "bot.js")) &&
  fs.existsSync(stamp) &&
  fs.statSync(stamp).mtimeMs >= Math.max(...inputs.map(newest));

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
  bundle();
  // Dated when tsc started, so that a source saved during the build makes the next start build again.
  fs.writeFileSync(stamp, "");
  fs.utimesSync(stamp, started / 1000, started / 1000);
  console.log(`compiled src/ to dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function bundle() {
  const { outputFiles } = require("esbuild").buildSync({
    entryPoints: [main],
    outfile: path.join(dist, "bot.js"),
    bundle: true,
    platform: "node",
    target: "node20",
    external: ["better-sqlite3", "@prisma/client", "pdfkit"],
    // Spaces and syntax only, names kept: 5 MB instead of 8 MB of source held in memory, and a stack trace in the
    // log still names our functions; dist/bot.js.map maps its positions back to the files of dist/ (not loaded at
    // run time).
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none",
    sourcemap: "external",
    logLevel: "warning",
    write: false,
  });
  for (const file of outputFiles) {
    // esbuild escapes what is not ASCII except in template literals (a tag may read their raw text; ours read the
    // cooked one): a single "•" there made V8 hold the whole 5 MB source as two bytes a character (10.6 MB of RSS).
    const text = file.path.endsWith(".js")
      ? file.text.replace(/[\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
      : file.text;
    fs.writeFileSync(file.path, text);
  }
}

function buildIfStale() {
  if (!fresh()) build();
}

if (require.main === module) {
  if (process.argv.includes("--if-stale")) buildIfStale();
  else build();
}

module.exports = { buildIfStale };
