import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { loadConfig } from "../../src/config/env";
import { createDb } from "../../src/db/client";
import { createLogger } from "../../src/logger";
import { type RunningBot, startBot } from "../../src/server";
import { TEAMS_MESSAGING_ENDPOINT } from "../../src/teams/transport";
import { type DemoProgramme, seedDemoProgramme } from "./demo-programme";
import { freePort, NETWORK_GUARD, type RunningPlayground, startPlayground } from "./playground";

type Cleanups = (() => Promise<void>)[];

export interface TryStack {
  bot: RunningBot;
  playground: RunningPlayground;
  demo: DemoProgramme;
  /** The throwaway directory: the SQLite file and the Playground's devTools/ log. */
  dir: string;
  close(): Promise<void>;
}

export interface TryOptions {
  /** The Playground's port when free (the bot takes any free port: nobody types its address). */
  playgroundPort?: number;
  logLevel?: string;
  /** An SQLite file already migrated (the test suite's template copy); else a new one is migrated here. */
  databaseUrl?: string;
}

/**
 * scripts/migrate.js (what npm start runs) on the new file, Prisma's update check off. NODE_OPTIONS, not a flag:
 * the guard must be in the Prisma CLI that migrate.js starts too.
 */
async function migrate(databaseUrl: string): Promise<void> {
  await promisify(execFile)(process.execPath, [path.join(__dirname, "..", "migrate.js")], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      CHECKPOINT_DISABLE: "1",
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${JSON.stringify(NETWORK_GUARD)}`.trim(),
    },
  });
}

/** Migrated, seeded, serving on its port. */
async function startDemoBot(databaseUrl: string, options: TryOptions & { port: number }, cleanups: Cleanups) {
  if (!options.databaseUrl) await migrate(databaseUrl);
  const db = createDb(databaseUrl);
  cleanups.push(() => db.$disconnect());
  const demo = await seedDemoProgramme(db);
  const config = loadConfig({
    PORT: String(options.port),
    DATABASE_URL: databaseUrl,
    DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: "true",
    SCHEDULER_ENABLED: "false",
    LOG_LEVEL: options.logLevel ?? "warn",
  });
  const bot = await startBot(config, createLogger(config.LOG_LEVEL), { db });
  cleanups.push(() => bot.close());
  return { bot, demo };
}

/**
 * What `npm run try` runs, and its end-to-end test too: a throwaway database with the demo programme, the bot in
 * unauthenticated Teams mode on 127.0.0.1 (no Slack, no scheduler: the demo is what the newcomer clicks), and
 * the Agents Playground in front of it. Both start at once: the Playground calls the bot only once a browser
 * opens its page. close() stops both and removes the directory.
 */
export async function startTryStack(options: TryOptions = {}): Promise<TryStack> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "expect-try-"));
  const databaseUrl = options.databaseUrl ?? `file:${path.join(dir, "demo.db")}`;
  const cleanups: Cleanups = [async () => fs.rmSync(dir, { recursive: true, force: true })];
  const close = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  };
  const botPort = await freePort();
  const [started, playground] = await Promise.allSettled([
    startDemoBot(databaseUrl, { ...options, port: botPort }, cleanups),
    startPlayground({
      botEndpoint: `http://127.0.0.1:${botPort}${TEAMS_MESSAGING_ENDPOINT}`,
      workDir: dir,
      port: options.playgroundPort,
    }),
  ]);
  if (playground.status === "fulfilled") cleanups.push(() => playground.value.stop());
  if (started.status === "rejected" || playground.status === "rejected") {
    await close();
    throw started.status === "rejected" ? started.reason : (playground as PromiseRejectedResult).reason;
  }
  return { ...started.value, playground: playground.value, dir, close };
}
