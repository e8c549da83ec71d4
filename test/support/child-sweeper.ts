/**
 * A second process for cross-process tests: runs the reminder sweep RUNS times on DATABASE_URL at the
 * instant AT, then prints what it queued as one JSON line. Two of these at once stand for two instances;
 * START_AT (epoch ms) lines them up, since each takes its own time to load.
 */
import { createDb } from "../../src/db/client";
import { queuedCount, sweepReminders } from "../../src/workflow";
import { TestClock } from "./clock";

async function main(): Promise<void> {
  const db = createDb(process.env.DATABASE_URL);
  const clock = new TestClock(process.env.AT ?? "");
  const ctx = { db, clock, settings: { labelValidityYears: 3 } };
  await db.person.count();
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(process.env.START_AT ?? 0) - Date.now())));
  let queued = 0;
  for (let i = 0; i < Number(process.env.RUNS ?? 1); i++) {
    queued += queuedCount(await sweepReminders(ctx, { batchSize: Number(process.env.BATCH ?? 500) }));
  }
  await db.$disconnect();
  process.stdout.write(`${JSON.stringify({ queued })}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
