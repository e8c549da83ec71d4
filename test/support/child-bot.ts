/**
 * A bot instance for cross-process tests: the Slack surface over HTTP on DATABASE_URL, its clock fixed at AT, its
 * Web API calls sent to the fake at SLACK_API_URL (run by the parent). It prints `{"url": …}` once it listens, so
 * the parent waits on that line, not on a delay; SIGTERM stops it.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { createDb } from "../../src/db/client";
import { createIncidentReporter } from "../../src/errors/unexpected";
import { createHttpApp, handleHttpErrors } from "../../src/http/app";
import { PERSONAL_DATA_HOLDERS } from "../../src/personal-data";
import { createSlackApp, registerSlack, SLACK_EVENTS_PATH } from "../../src/slack";
import { testAttachments } from "./attachment-store";
import { TestClock } from "./clock";
import { BOT_TOKEN, CHANNELS, SIGNING_SECRET } from "./slack-bot";

async function main(): Promise<void> {
  const db = createDb(process.env.DATABASE_URL);
  // Connected and Prisma's engine loaded before the first request, which Slack expects answered within 3 s.
  await db.person.count();
  const ctx = { db, clock: new TestClock(process.env.AT ?? ""), settings: { labelValidityYears: 3 } };
  // Logs on stderr: stdout carries the one line the parent reads.
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }, pino.destination(2));
  const expressApp = createHttpApp(async () => ({}), logger);
  const incidents = createIncidentReporter({ ctx, logger, surface: "slack", alertsDaect: true });
  const transport = await createSlackApp({
    incidents,
    expressApp,
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    slackApiUrl: process.env.SLACK_API_URL ?? "",
    logger,
    retryConfig: { retries: 0 },
  });
  const { store, links } = testAttachments("http://127.0.0.1");
  registerSlack(transport.app, {
    ctx,
    channels: CHANNELS,
    incidents,
    personalData: PERSONAL_DATA_HOLDERS,
    attachments: { store, links, fileHosts: ["127.0.0.1"] },
  });
  handleHttpErrors(expressApp, logger);
  const server = http.createServer(expressApp);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}` })}\n`);
  process.once("SIGTERM", () => {
    server.closeAllConnections();
    server.close();
    void transport
      .stop()
      .then(() => db.$disconnect())
      .then(() => process.exit(0));
  });
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
