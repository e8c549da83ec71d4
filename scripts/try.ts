/**
 * npm run try: the bot with a small demo programme behind Microsoft 365 Agents Playground, on this machine
 * only, with a throwaway database. Open the printed address, type "pending", click Validate. Ctrl-C stops it.
 * package.json preloads the network guard into this process too (node --require).
 */
import { startTryStack } from "./try/stack";

const PLAYGROUND_PORT = 56150;
let stopRequested = false;

async function main(): Promise<void> {
  // Listened to from the start: a Ctrl-C while it starts stops it once started, and leaves nothing behind.
  let stop = async () => {
    stopRequested = true;
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  process.stdout.write("Starting the EXPE-CT bot and Microsoft 365 Agents Playground…\n");
  const stack = await startTryStack({ playgroundPort: PLAYGROUND_PORT });
  let stopping = false;
  stop = async () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write("\nStopping…\n");
    await stack.close();
    process.exit(0);
  };
  if (stopRequested) return stop();
  const { demo } = stack;
  process.stdout.write(
    [
      "",
      `Open ${stack.playground.url} in your browser: the Playground plays Microsoft Teams, in English.`,
      "You are Alex Wilber, staff of the French embassy in Senegal.",
      "",
      `  Type "pending" (or "en attente"): mission ${demo.awaitingReference} waits for your decision. Click Validate.`,
      `  Type "missions": it is listed with ${demo.returnedReference}, back from Senegal, report due by ${demo.reportDeadline}.`,
      '  Type "help" for the rest.',
      "",
      `Bot: ${stack.bot.url}/api/messages (unauthenticated, loopback only). Data: a throwaway SQLite file in ${stack.dir}.`,
      "Press Ctrl-C to stop: everything is removed.",
      "",
    ].join("\n"),
  );
}

main().catch((error: Error) => {
  // A Ctrl-C during start-up also reaches the Playground and the migration, which then fail: that is no news.
  if (!stopRequested) process.stderr.write(`npm run try failed: ${error.message}\n`);
  process.exit(stopRequested ? 0 : 1);
});
