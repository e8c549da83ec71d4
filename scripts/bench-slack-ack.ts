/**
 * Measures how fast `/expect` is acked over HTTP (Slack's budget is 3 s): the real Bolt receiver on a local port,
 * signed requests, the fake Slack Web API, a migrated SQLite file. Also measures when the person's answer reaches
 * the response_url. Run: npx tsx scripts/bench-slack-ack.ts [requests]
 */
import globalSetup from "../test/support/global-setup";
import { startSlackBot, USERS } from "../test/support/slack-bot";
import { labelledBody } from "../test/support/workflow-kit";

const SUB_COMMANDS = ["aide", "chercher déchets", "missions", "help"];

function percentile(sorted: number[], q: number): string {
  return (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1);
}

async function main(): Promise<void> {
  const total = Number(process.argv[2] ?? 200);
  globalSetup();
  const bot = await startSlackBot();
  await labelledBody(bot.kit);
  const users = [USERS.daect.id, USERS.focal.id, USERS.missionary.id];
  const acks: number[] = [];
  const answers: number[] = [];
  for (let i = 0; i < total + 10; i++) {
    const index = bot.fake.calls("response_url").length;
    const started = performance.now();
    const reply = await bot.command(users[i % users.length] as string, SUB_COMMANDS[i % SUB_COMMANDS.length] as string);
    if (reply.status !== 200) throw new Error(`status ${reply.status}`);
    await bot.response(index);
    const answered = performance.now() - started;
    // The first requests warm up the JIT, Prisma and the identity cache.
    if (i >= 10) {
      acks.push(reply.elapsedMs);
      answers.push(answered);
    }
  }
  acks.sort((a, b) => a - b);
  answers.sort((a, b) => a - b);
  console.log(`/expect over HTTP, ${acks.length} requests (node ${process.version})`);
  console.log(
    `ack (HTTP 200):          p50 ${percentile(acks, 0.5)} ms, p99 ${percentile(acks, 0.99)} ms, max ${percentile(acks, 1)} ms`,
  );
  console.log(`answer at response_url:  p50 ${percentile(answers, 0.5)} ms, p99 ${percentile(answers, 0.99)} ms`);
  await bot.close();
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
