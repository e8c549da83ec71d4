import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import type { Config } from "./config/env";
import { createDb, type Db } from "./db/client";
import { sqliteFileFromUrl } from "./db/database-url";
import { dialectNameOf } from "./db/dialect";
import { configureSqliteJournal } from "./db/sqlite-journal";
import { checkDatabase } from "./db/start-check";
import { createAnswerQueue } from "./http/answer-first";
import { createHttpApp, handleHttpErrors } from "./http/app";
import { mountAttachmentDownloads } from "./http/attachment-download";
import { mountDiplomaVerification } from "./http/diploma-verification";
import { type Scheduler, startScheduler } from "./scheduler/scheduler";
import { mountSurfaces } from "./surfaces";
import { bootstrapAdmins, folderFileStore } from "./workflow";
import { type Clock, systemClock, type WorkflowContext } from "./workflow/context";
import { operatorActor } from "./workflow/operator";

export interface RunningBot {
  url: string;
  ctx: WorkflowContext;
  scheduler: Scheduler;
  close(): Promise<void>;
}

/** Says what is off and how to turn it on, so a first start without credentials is not a mystery. */
function announceSurfaces(config: Config, logger: Logger): void {
  if (config.slack.mode === "disabled") {
    logger.warn(
      "Slack is disabled: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (and SLACK_APP_TOKEN for Socket Mode)",
    );
  } else logger.info({ mode: config.slack.mode }, "Slack enabled");
  if (config.teams.mode === "disabled") {
    logger.warn("Teams is disabled: set TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID");
  } else if (config.teams.mode === "unauthenticated") {
    logger.warn(
      "!!! DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS=true: Teams accepts unsigned requests. Local testing only: serving on 127.0.0.1 !!!",
    );
  } else logger.info("Teams enabled");
  if (!config.SLACK_DAECT_CHANNEL || !config.SLACK_COMMITTEE_CHANNEL) {
    logger.warn(
      "SLACK_DAECT_CHANNEL or SLACK_COMMITTEE_CHANNEL is not set: shared-channel notifications wait in the outbox",
    );
  }
}

/**
 * The composition root: configuration → database → workflow → surfaces → scheduler → one HTTP server.
 * The database must be migrated already (`npm start` runs the migrations first).
 */
export async function startBot(
  config: Config,
  logger: Logger,
  options: { clock?: Clock; db?: Db } = {},
): Promise<RunningBot> {
  const db = options.db ?? createDb(config.DATABASE_URL);
  const ctx: WorkflowContext = {
    db,
    clock: options.clock ?? systemClock,
    settings: { labelValidityYears: config.LABEL_VALIDITY_YEARS, defaultTimeZone: config.TZ_DEFAULT },
  };
  await checkDatabase(db, config.DATABASE_URL);
  const journal =
    dialectNameOf(db) === "sqlite"
      ? await configureSqliteJournal(db, sqliteFileFromUrl(config.DATABASE_URL), {
          synchronous: config.SQLITE_SYNCHRONOUS,
          logger: logger.child({ part: "db" }),
        })
      : undefined;
  const granted = await bootstrapAdmins(ctx, operatorActor("system"), config.ADMIN_EMAILS);
  if (granted > 0) logger.info({ granted }, "ADMIN_EMAILS granted the DAECT role");

  const answers = createAnswerQueue();
  const http = createHttpApp(
    async () => {
      await db.$queryRaw`SELECT 1`;
      return { slack: config.slack.mode, teams: config.teams.mode };
    },
    logger.child({ part: "http" }),
    { trustProxy: config.TRUST_PROXY, answers },
  );
  // Public, on every deployment: a diploma's QR code must answer whichever chat platforms are configured.
  mountDiplomaVerification(http, { ctx });
  // Attachments' links are signed like the diploma links, and rechecked against the case's read rights when followed.
  const files = {
    store: folderFileStore(config.ATTACHMENTS_DIR),
    links: { secret: config.diplomaLinks.secret, baseUrl: config.publicBaseUrl },
  };
  mountAttachmentDownloads(http, { ctx, ...files, logger: logger.child({ part: "attachments" }) });
  announceSurfaces(config, logger);
  const surfaces = await mountSurfaces(http, config, ctx, logger, { files, answers });
  handleHttpErrors(http, logger.child({ part: "http" }));

  const host = config.teams.mode === "unauthenticated" ? "127.0.0.1" : (config.HOST ?? "0.0.0.0");
  const server: Server = await new Promise((resolve, reject) => {
    const s = http.listen(config.PORT, host, () => resolve(s));
    s.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;
  logger.info({ url }, "EXPE-CT bot listening");
  await surfaces.start();
  const scheduler = startScheduler({
    ctx,
    files: files.store,
    channels: surfaces.channels,
    config,
    logger: logger.child({ part: "scheduler" }),
  });

  return {
    url,
    ctx,
    scheduler,
    async close() {
      await scheduler.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await surfaces.stop();
      await journal?.stop();
      await db.$disconnect();
    },
  };
}
