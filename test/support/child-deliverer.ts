/**
 * A delivery process for cross-process tests: one outbox pass on DATABASE_URL at AT, every accepted
 * message appended to LOG. With CRASH=1 it dies hard (SIGKILL) inside its first send, after claiming
 * the row and before the platform got anything, as a process killed mid-delivery would.
 */
import { createDb } from "../../src/db/client";
import { deliverDueNotifications } from "../../src/notify/deliver-due-notifications";
import { RecordingChannel, slackReach } from "./child-channel";
import { TestClock } from "./clock";

async function main(): Promise<void> {
  const db = createDb(process.env.DATABASE_URL);
  const clock = new TestClock(process.env.AT ?? "");
  const slack = new RecordingChannel("slack", clock, slackReach(db), process.env.LOG);
  if (process.env.CRASH === "1") {
    slack.deliver = async () => {
      process.kill(process.pid, "SIGKILL");
      return new Promise(() => undefined);
    };
  }
  const report = await deliverDueNotifications({ db, clock }, [slack], {
    worker: `child-${process.pid}`,
    defaultTimeZone: "Europe/Paris",
    batchSize: 1000,
  });
  await db.$disconnect();
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
