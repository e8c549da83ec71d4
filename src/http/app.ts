import express, { type ErrorRequestHandler, type Express } from "express";
import type { Logger } from "pino";
import type { AnswerQueue } from "./answer-first";

export interface HealthProbe {
  (): Promise<Record<string, unknown>>;
}

/**
 * The bot's one HTTP server: Slack mounts POST /slack/events, Teams POST /api/messages on this same app.
 * No body parser here: each SDK reads its own raw body (Slack checks its signature on the raw bytes).
 */
export function createHttpApp(
  probe: HealthProbe,
  logger: Logger,
  options: { trustProxy?: number; answers?: AnswerQueue } = {},
): Express {
  const app = express();
  if (options.answers) app.use(options.answers.track);
  app.disable("x-powered-by");
  // TRUST_PROXY hops of X-Forwarded-For are believed, so that req.ip (the public page's rate limit) is the client's.
  if (options.trustProxy) app.set("trust proxy", options.trustProxy);
  app.get("/healthz", async (_req, res) => {
    try {
      res.json({ status: "ok", ...(await probe()) });
    } catch (error) {
      // A load balancer only needs to know; the database's own words stay in the log.
      logger.error({ err: error }, "health probe failed");
      res.status(503).json({ status: "error" });
    }
  });
  return app;
}

/** What body-parser attaches to the errors it passes on: the 4xx status that says what was wrong with the body. */
function clientErrorStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown; type?: unknown } | null)?.status;
  return typeof status === "number" && status >= 400 && status < 500 ? status : undefined;
}

/**
 * The last handler of the shared app, added once every route is mounted: a body that cannot be read (not JSON, too
 * large, a charset we do not read) gets its 4xx; anything else is logged once with its stack and answered 500. Either
 * way the answer is a fixed JSON line, never express's default page with the stack trace.
 */
export function handleHttpErrors(app: Express, logger: Logger): void {
  const handler: ErrorRequestHandler = (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = clientErrorStatus(error);
    if (status) {
      logger.warn({ path: req.path, status, reason: (error as Error).message }, "HTTP request body refused");
      res.status(status).json({ error: "invalid request body" });
      return;
    }
    logger.error({ err: error, path: req.path }, "HTTP request failed");
    res.status(500).json({ error: "internal error" });
  };
  app.use(handler);
}
