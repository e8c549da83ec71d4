import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../src/config/env";
import { createDb } from "../../src/db/client";
import { createLogger } from "../../src/logger";
import { type RunningBot, startBot } from "../../src/server";
import { TEAMS_MESSAGING_ENDPOINT } from "../../src/teams/transport";
import { type DemoProgramme, seedDemoProgramme } from "./demo-programme";
import { NETWORK_GUARD, type RunningPlayground, startPlayground } from "./playground";

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
function migrate(databaseUrl: string): void {
  execFileSync(process.execPath, [path.join(__dirname, "..", "migrate.js")], {
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      CHECKPOINT_DISABLE: "1",
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${JSON.stringify(NETWORK_GUARD)}`.trim(),
    },
  });
}

/**
 * What `npm run try` runs, and its end-to-end test too: a throwaway database with the demo programme, the bot in
 * unauthenticated Teams mode on 127.0.0.1 (no Slack, no scheduler: the demo is what the newcomer clicks), and
 * the Agents Playground in front of it. close() stops both and removes the directory.
 */
export async function startTryStack(options: TryOptions = {}): Promise<TryStack> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "expect-try-"));
  const databaseUrl = options.databaseUrl ?? `file:${path.join(dir, "demo.db")}`;
  const cleanups: (() => Promise<void>)[] = [async () => fs.rmSync(dir, { recursive: true, force: true })];
  const close = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  };
  try {
    if (!options.databaseUrl) migrate(databaseUrl);
    const db = createDb(databaseUrl);
    cleanups.push(() => db.$disconnect());
    const demo = await seedDemoProgramme(db);
    const config = loadConfig({
      PORT: "0",
      DATABASE_URL: databaseUrl,
      DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: "true",
      SCHEDULER_ENABLED: "false",
      LOG_LEVEL: options.logLevel ?? "warn",
    });
    const bot = await startBot(config, createLogger(config.LOG_LEVEL), { db });
    cleanups.push(() => bot.close());
    const playground = await startPlayground({
      botEndpoint: `${bot.url}${TEAMS_MESSAGING_ENDPOINT}`,
      workDir: dir,
      port: options.playgroundPort,
    });
    cleanups.push(() => playground.stop());
    return { bot, playground, demo, dir, close };
  } catch (error) {
    await close();
    throw error;
  }
}
