import fs from "node:fs";
import { loadConfig } from "../config/env";
import { createDb } from "../db/client";
import { systemClock } from "../workflow/context";
import { runCli } from "./program";

/** `npm run admin -- <command>`: administration on the configured database. */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = createDb(config.DATABASE_URL);
  try {
    process.exitCode = await runCli(process.argv.slice(2), {
      ctx: { db, clock: systemClock, settings: { labelValidityYears: config.LABEL_VALIDITY_YEARS } },
      timeZone: config.TZ_DEFAULT,
      io: {
        out: (line) => process.stdout.write(`${line}\n`),
        err: (line) => process.stderr.write(`${line}\n`),
        readFile: (path) => fs.readFileSync(path, "utf8"),
        writeFile: (path, content) => fs.writeFileSync(path, content),
      },
    });
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
});
