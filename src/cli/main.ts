import fs from "node:fs";
import pino from "pino";
import { loadConfig } from "../config/env";
import { createDb } from "../db/client";
import { createIncidentReporter } from "../errors/unexpected";
import { toLocale } from "../i18n";
import { createLogger } from "../logger";
import { PERSONAL_DATA_HOLDERS } from "../personal-data";
import { systemClock } from "../workflow/context";
import { runCli } from "./program";

/** `npm run admin -- <command>`: administration on the configured database. */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = createDb(config.DATABASE_URL);
  const ctx = {
    db,
    clock: systemClock,
    settings: { labelValidityYears: config.LABEL_VALIDITY_YEARS, defaultTimeZone: config.TZ_DEFAULT },
  };
  // The operator is DAECT: the stack of an unexpected error goes to stderr when DEBUG is set, not to a channel.
  const logger = createLogger(process.env.DEBUG ? "debug" : "silent", pino.destination(2));
  try {
    process.exitCode = await runCli(process.argv.slice(2), {
      ctx,
      locale: toLocale(process.env.LANG),
      incidents: createIncidentReporter({ ctx, logger, surface: "cli", alertsDaect: false }),
      timeZone: config.TZ_DEFAULT,
      personalData: PERSONAL_DATA_HOLDERS,
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

// Before the database is open (a bad configuration, say): the message names what to fix; the stack only with DEBUG.
main().catch((error: Error) => {
  process.stderr.write(`${process.env.DEBUG ? error.stack : error.message}\n`);
  process.exitCode = 1;
});
