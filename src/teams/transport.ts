import { App, ExpressAdapter } from "@microsoft/teams.apps";
import type { Express } from "express";
import type { Logger } from "pino";
import { refuseMalformedActivities } from "./activity-guard";
import { toTeamsLogger } from "./sdk-logger";

export const TEAMS_MESSAGING_ENDPOINT = "/api/messages";

export interface TeamsCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly tenantId?: string;
}

export interface TeamsAppOptions {
  /** The one express app of the server (createHttpApp): Teams answers on its port, next to Slack. */
  readonly http: Express;
  /** The bot's Entra app: inbound JWTs are validated and outbound calls get a bot token with it. */
  readonly credentials?: TeamsCredentials;
  /** The SDK's own switch (DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS): local runs and tests only. */
  readonly allowUnauthenticated: boolean;
  readonly logger: Logger;
}

/**
 * Builds the Teams SDK app on the shared express app at POST /api/messages, behind a check of each activity's shape
 * (activity-guard.ts). It never listens itself:
 * the caller owns the server (app.start() would throw, the adapter has no server of its own).
 * Handlers are registered on the returned app (app.on / app.message); the router reads them per request.
 */
export async function createTeamsApp(options: TeamsAppOptions): Promise<App> {
  const log = toTeamsLogger(options.logger);
  // Registered before the SDK's route (app.initialize adds it), so a malformed activity never reaches the SDK.
  options.http.post(TEAMS_MESSAGING_ENDPOINT, ...refuseMalformedActivities(options.logger));
  const app = new App({
    // Empty strings, not undefined: the SDK falls back to CLIENT_ID / CLIENT_SECRET / TENANT_ID from the
    // environment on undefined, and our configuration speaks only TEAMS_*.
    clientId: options.credentials?.clientId ?? "",
    clientSecret: options.credentials?.clientSecret ?? "",
    tenantId: options.credentials?.tenantId ?? "",
    dangerouslyAllowUnauthenticatedRequests: options.allowUnauthenticated,
    httpServerAdapter: new ExpressAdapter(options.http, { logger: log }),
    messagingEndpoint: TEAMS_MESSAGING_ENDPOINT,
    logger: log,
  });
  await app.initialize();
  return app;
}
