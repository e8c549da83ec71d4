import type { Express } from "express";
import type { Logger } from "pino";
import type { Config } from "./config/env";
import { createIncidentReporter } from "./errors/unexpected";
import type { AnswerQueue } from "./http/answer-first";
import type { AttachmentLinkOptions } from "./http/attachment-link";
import type { DeliveryChannel } from "./notify/delivery-channel";
import { PERSONAL_DATA_HOLDERS } from "./personal-data";
import type { FileStore } from "./workflow";
import type { WorkflowContext } from "./workflow/context";

export interface Surfaces {
  /**
   * In routing order: a person linked to both platforms hears from the bot on their preferred channel
   * (Person.preferredChannel, matched against each channel's name), else on Slack.
   */
  channels: DeliveryChannel[];
  /** Opens Socket Mode when configured (HTTP mode needs nothing: the shared server carries it). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Mounts the configured chat platforms on the one HTTP app and returns their delivery channels. Each surface's
 * module (and its SDK: half a second of start-up for Bolt and the Teams SDK together) is loaded only when the
 * platform is configured.
 */
export async function mountSurfaces(
  http: Express,
  config: Config,
  ctx: WorkflowContext,
  logger: Logger,
  shared: {
    files: { store: FileStore; links: AttachmentLinkOptions };
    /** The server's answer queue: work after an answer (Slack's after its ack, Teams' card copies) waits for it. */
    answers: AnswerQueue;
  },
): Promise<Surfaces> {
  const { files, answers } = shared;
  const channels: DeliveryChannel[] = [];
  const starts: (() => Promise<void>)[] = [];
  const stops: (() => Promise<void>)[] = [];

  const { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret } = config;
  const slackEnabled = config.slack.mode !== "disabled" && Boolean(botToken && signingSecret);
  // DAECT hears of unexpected errors in its Slack channel: without one, nobody is told and the message says so.
  const daectAlerts = slackEnabled && Boolean(config.SLACK_DAECT_CHANNEL);
  if (config.slack.mode !== "disabled" && botToken && signingSecret) {
    const { createSlackApp, createSlackDelivery, registerSlack, SLACK_FILE_HOST } = await import("./slack");
    const incidents = createIncidentReporter({
      ctx,
      logger: logger.child({ surface: "slack" }),
      surface: "slack",
      alertsDaect: daectAlerts,
    });
    const slack = await createSlackApp({
      incidents,
      expressApp: http,
      botToken,
      signingSecret,
      appToken: config.slack.mode === "socket" ? config.SLACK_APP_TOKEN : undefined,
      slackApiUrl: config.SLACK_API_URL,
      logger: logger.child({ surface: "slack" }),
      afterAck: answers.afterAnswers,
    });
    const slackChannels = { daect: config.SLACK_DAECT_CHANNEL, committee: config.SLACK_COMMITTEE_CHANNEL };
    const fileHosts = [SLACK_FILE_HOST, new URL(config.SLACK_API_URL).hostname];
    registerSlack(slack.app, {
      ctx,
      channels: slackChannels,
      incidents,
      personalData: PERSONAL_DATA_HOLDERS,
      attachments: { ...files, fileHosts },
    });
    channels.push(
      createSlackDelivery({
        ctx,
        botToken,
        slackApiUrl: config.SLACK_API_URL,
        channels: slackChannels,
        publicBaseUrl: config.publicBaseUrl,
      }),
    );
    starts.push(() => slack.start());
    stops.push(() => slack.stop());
  }

  if (config.teams.mode !== "disabled") {
    const { TEAMS_CLIENT_ID: clientId, TEAMS_CLIENT_SECRET: clientSecret, TEAMS_TENANT_ID: tenantId } = config;
    const { createTeamsApp, mountDiplomaDownloads, registerTeams } = await import("./teams");
    const teamsApp = await createTeamsApp({
      http,
      logger: logger.child({ surface: "teams" }),
      allowUnauthenticated: config.teams.mode === "unauthenticated",
      credentials:
        config.teams.mode === "authenticated" && clientId && clientSecret
          ? { clientId, clientSecret, tenantId }
          : undefined,
    });
    const teamsLogger = logger.child({ surface: "teams" });
    const incidents = createIncidentReporter({ ctx, logger: teamsLogger, surface: "teams", alertsDaect: daectAlerts });
    const teams = registerTeams(teamsApp, {
      ctx,
      logger: teamsLogger,
      incidents,
      diplomaLinks: config.diplomaLinks,
      attachments: { ...files, fileHosts: config.TEAMS_FILE_HOSTS },
      afterAnswers: answers.afterAnswers,
    });
    mountDiplomaDownloads(http, { ctx, logger: teamsLogger, links: config.diplomaLinks });
    channels.push(teams.deliveryChannel);
    stops.push(() => teams.idle());
  }

  return {
    channels,
    async start() {
      for (const start of starts) await start();
    },
    async stop() {
      for (const stop of stops) await stop();
    },
  };
}
