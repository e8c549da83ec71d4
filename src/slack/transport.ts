import { App, ExpressReceiver, SocketModeReceiver, webApi } from "@slack/bolt";
import { type Express, type RequestHandler, Router } from "express";
import type { Logger as PinoLogger } from "pino";
import type { IncidentReporter } from "../errors/unexpected";
import { createBoltLogger } from "./bolt-logger";
import { acknowledgeMalformedSocket, answerMalformedHttp, guardReceiver, listenerErrorHandler } from "./request-guard";
import { createRetryGuard } from "./retry-guard";

export const SLACK_EVENTS_PATH = "/slack/events";

export interface SlackTransportOptions {
  /** The bot's one HTTP server; required unless `appToken` selects Socket Mode. */
  expressApp?: Express;
  botToken: string;
  signingSecret: string;
  /** An app-level token (xapp-…) switches to Socket Mode: no public endpoint. */
  appToken?: string;
  /** Web API base URL, e.g. https://slack.com/api/ (GovSlack and tests use another). */
  slackApiUrl: string;
  logger: PinoLogger;
  /** Reports what escapes the listeners with a reference (src/errors/unexpected.ts); logged only without it. */
  incidents?: IncidentReporter;
  /** Web API retry policy (429 and network errors); tests shorten it, production keeps Slack's default. */
  retryConfig?: webApi.RetryOptions;
  /** What a handler awaits after its ack: the shared server's answer queue (src/http/answer-first.ts). */
  afterAck?: () => Promise<void>;
}

export interface BotIdentity {
  botUserId: string;
  botId: string;
  teamId: string;
}

export interface SlackTransport {
  app: App;
  mode: "http" | "socket";
  identity: BotIdentity;
  /** Opens the Socket Mode connection; in HTTP mode the shared express server is started by its owner. */
  start(): Promise<void>;
  /** Resolves when every request received so far has been handled, listeners included (tests, shutdown). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** Slack's replay window: a signed request is only valid within five minutes of its timestamp. */
const REQUEST_WINDOW_SECONDS = 5 * 60;

/**
 * Bolt refuses a timestamp more than five minutes old but accepts any in the future; a request "from the future"
 * is refused the same way (401), before its body is read.
 */
function refuseFutureTimestamps(logger: PinoLogger): RequestHandler {
  return (req, res, next) => {
    const timestamp = Number(req.headers["x-slack-request-timestamp"]);
    if (timestamp > Date.now() / 1000 + REQUEST_WINDOW_SECONDS) {
      logger.warn({ timestamp }, "Slack request refused: its timestamp is more than five minutes ahead");
      res.status(401).end();
      return;
    }
    next();
  };
}

/** Asks Slack who the bot is, once, so that a wrong token fails at start-up with a clear message. */
async function identifyBot(options: SlackTransportOptions, logger: ReturnType<typeof createBoltLogger>) {
  const client = new webApi.WebClient(options.botToken, {
    slackApiUrl: options.slackApiUrl,
    logger,
    retryConfig: options.retryConfig ?? webApi.retryPolicies.fiveRetriesInFiveMinutes,
  });
  try {
    const result = await client.auth.test();
    if (!result.user_id || !result.bot_id || !result.team_id) {
      throw new Error("auth.test did not return user_id, bot_id and team_id: is SLACK_BOT_TOKEN a bot token?");
    }
    return { botUserId: result.user_id, botId: result.bot_id, teamId: result.team_id };
  } catch (error) {
    const reason = (error as { data?: { error?: string } }).data?.error ?? (error as Error).message;
    throw new Error(`Slack rejected SLACK_BOT_TOKEN at ${options.slackApiUrl}auth.test: ${reason}`);
  }
}

/**
 * Builds the Bolt app for one workspace (single bot token).
 *
 * HTTP: Bolt's ExpressReceiver mounts POST /slack/events on our express app (its `app` option makes it call
 * `app.use(router)` on ours instead of creating its own). It reads the raw body itself, checks the v0 signature and
 * rejects a timestamp older than 5 minutes with 401. `processBeforeResponse: false` sends the HTTP response as soon
 * as a handler calls ack() (events are acked by Bolt before listeners run), which keeps Slack's 3 s budget and, with
 * the retry guard, is what makes Slack retries harmless (see retry-guard.ts).
 *
 * Socket Mode: Bolt's SocketModeReceiver; retries arrive as envelope fields and reach the same guard.
 *
 * Either receiver sits behind guardReceiver (request-guard.ts): malformed payloads are refused before Bolt reads
 * them, no request is left unanswered, and listener errors are logged once by the global error handler.
 */
export async function createSlackApp(options: SlackTransportOptions): Promise<SlackTransport> {
  const secrets = [options.botToken, options.signingSecret, options.appToken ?? ""];
  const logger = createBoltLogger(options.logger, secrets);
  const identity = await identifyBot(options, logger);
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: options.slackApiUrl,
    ...(options.retryConfig ? { retryConfig: options.retryConfig } : {}),
  };
  // botId and botUserId given up front stop Bolt from calling auth.test itself (an unawaited promise that would
  // reject the process if Slack were unreachable at construction time).
  const common = {
    token: options.botToken,
    botId: identity.botId,
    botUserId: identity.botUserId,
    logger,
    // Without it Bolt resets the logger to INFO; this keeps LOG_LEVEL in charge.
    logLevel: logger.getLevel(),
    clientOptions,
    convoStore: false as const,
  };

  const safetyLog = options.logger.child({ component: "slack" });
  let mode: SlackTransport["mode"];
  let inner: SocketModeReceiver | ExpressReceiver;
  if (options.appToken) {
    inner = new SocketModeReceiver({
      appToken: options.appToken,
      logger,
      logLevel: logger.getLevel(),
      processEventErrorHandler: acknowledgeMalformedSocket,
      // apps.connections.open goes to SLACK_API_URL too (GovSlack, tests), not to slack.com.
      installerOptions: { clientOptions },
    });
    mode = "socket";
  } else {
    if (!options.expressApp) throw new Error("createSlackApp: HTTP mode needs the express app to mount on");
    const router = Router();
    router.post(SLACK_EVENTS_PATH, refuseFutureTimestamps(safetyLog));
    inner = new ExpressReceiver({
      signingSecret: options.signingSecret,
      logger,
      endpoints: SLACK_EVENTS_PATH,
      processBeforeResponse: false,
      app: options.expressApp,
      router,
      processEventErrorHandler: answerMalformedHttp,
    });
    mode = "http";
  }
  const receiver = guardReceiver(inner, safetyLog, secrets, options.incidents, options.afterAck);
  const app = new App({ ...common, receiver, extendedErrorHandler: true });
  app.error(listenerErrorHandler(safetyLog, secrets, options.incidents));
  app.use(createRetryGuard());

  return {
    app,
    mode,
    identity,
    start: async () => {
      if (mode === "socket") await app.start();
    },
    idle: () => receiver.idle(),
    stop: async () => {
      if (mode === "socket") await app.stop();
      await receiver.idle();
    },
  };
}
