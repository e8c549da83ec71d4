import express, { type Express } from "express";

export interface HealthProbe {
  (): Promise<Record<string, unknown>>;
}

/**
 * The bot's one HTTP server: Slack mounts POST /slack/events, Teams POST /api/messages on this same app.
 * No body parser here: each SDK reads its own raw body (Slack checks its signature on the raw bytes).
 */
export function createHttpApp(probe: HealthProbe): Express {
  const app = express();
  app.disable("x-powered-by");
  app.get("/healthz", async (_req, res) => {
    try {
      res.json({ status: "ok", ...(await probe()) });
    } catch (error) {
      res.status(503).json({ status: "error", error: (error as Error).message });
    }
  });
  return app;
}
