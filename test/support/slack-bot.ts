import { rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import pino, { type DestinationStream } from "pino";
import { createIncidentReporter, type IncidentReporter } from "../../src/errors/unexpected";
import { createAnswerQueue } from "../../src/http/answer-first";
import { createHttpApp, handleHttpErrors } from "../../src/http/app";
import { mountAttachmentDownloads } from "../../src/http/attachment-download";
import { createLogger } from "../../src/logger";
import { deliverDueNotifications } from "../../src/notify/deliver-due-notifications";
import type { DeliveryChannel } from "../../src/notify/delivery-channel";
import { PERSONAL_DATA_HOLDERS } from "../../src/personal-data";
import {
  createSlackApp,
  createSlackDelivery,
  registerSlack,
  SLACK_EVENTS_PATH,
  type SlackTransport,
} from "../../src/slack";
import { type FakeSlackUser, FakeSlackWebApi, type RecordedCall } from "../fakes/slack-web-api";
import { testAttachments } from "./attachment-store";
import {
  postSigned,
  type SlackReply,
  type SlackTarget,
  sendBlockAction,
  sendEvent,
  sendSlashCommand,
  sendViewSubmission,
  type ViewSubmission,
} from "./slack-request";
import { createKit, type Kit } from "./workflow-kit";

export const BOT_TOKEN = "xoxb-1111-2222-slacksurfacetest";
export const SIGNING_SECRET = "5e1c0ffee5ec12e7a11ce0b0b5ec12e7";
export const CHANNELS = { daect: "C0DAECT", committee: "C0COMITE" };
/** Where the diplomas uploaded in these tests say they can be checked. */
export const PUBLIC_BASE_URL = "https://expect.example.org";

/** Slack accounts of the kit's people (same e-mails), and of a body's focal point and a missionary. */
export const USERS = {
  daect: { id: "U0DAECT", email: "daect@diplomatie.gouv.fr", locale: "fr-FR", realName: "Dana DAECT" },
  committee: { id: "U0COMITE", email: "comite@diplomatie.gouv.fr", locale: "fr-FR", realName: "Claire Comité" },
  focal: { id: "U0LYON", email: "referent@lyon.fr", locale: "fr-FR", realName: "Léa Référente" },
  missionary: { id: "U0MARIE", email: "marie.durand@lyon.fr", locale: "en-GB", realName: "Marie Durand" },
} satisfies Record<string, FakeSlackUser>;

export interface SlackBot {
  kit: Kit;
  fake: FakeSlackWebApi;
  target: SlackTarget;
  transport: SlackTransport;
  /** The folder the bot keeps attachments in (a fresh temporary one). */
  attachmentsDir: string;
  /** `/expect <text>` from a user, with a response_url on the fake. */
  command(userId: string, text: string): Promise<SlackReply>;
  /** The ephemeral answer number `index` (from 0) the bot posted to a response_url. */
  response(index: number): Promise<RecordedCall>;
  click(input: Parameters<typeof sendBlockAction>[1]): Promise<SlackReply>;
  submit(input: ViewSubmission): Promise<SlackReply>;
  openHome(userId: string): Promise<SlackReply>;
  /** Opens the App Home of a user (the fake's record cleared first) and gives back the view the bot published. */
  home(userId: string): Promise<ReturnType<typeof viewOf>>;
  /** A block_suggestion (external select typed into). */
  suggest(userId: string, actionId: string, blockId: string, value: string): Promise<SlackReply>;
  /** The Slack delivery channel, for a test that runs the deliverer with Teams' as well. */
  delivery: DeliveryChannel;
  /** Runs notify's deliverer with the Slack channel only. */
  deliver(): ReturnType<typeof deliverDueNotifications>;
  close(): Promise<void>;
}

export interface SlackBotOptions {
  /** Where the unexpected errors' log lines go (our logger, at error level): for tests that read them. */
  incidentLog?: DestinationStream;
  /** A database shared with another surface's harness (a story across Slack and Teams); that harness closes it. */
  kit?: Kit;
}

/** Every Slack handler on a test transport, as the composition root registers them, with the tests' channels. */
export function registerTestSlack(
  transport: SlackTransport,
  kit: Kit,
  incidents: IncidentReporter,
  attachments: ReturnType<typeof testAttachments>,
): void {
  registerSlack(transport.app, {
    ctx: kit.ctx,
    channels: CHANNELS,
    incidents,
    personalData: PERSONAL_DATA_HOLDERS,
    // The fake's own address stands for Slack's file host (SLACK_API_URL's host, as in production).
    attachments: { store: attachments.store, links: attachments.links, fileHosts: ["127.0.0.1"] },
  });
}

export async function startSlackBot(options: SlackBotOptions = {}): Promise<SlackBot> {
  const kit = options.kit ?? (await createKit());
  const fake = await FakeSlackWebApi.start({ botToken: BOT_TOKEN });
  for (const user of Object.values(USERS)) fake.addUser(user);
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  // The server's answer queue, as in production (src/server.ts): work after an ack waits for unanswered requests.
  const answers = createAnswerQueue();
  const expressApp = createHttpApp(async () => ({}), logger, { answers });
  const incidentLogger = options.incidentLog ? createLogger("error", options.incidentLog) : logger;
  const incidents = createIncidentReporter({
    ctx: kit.ctx,
    logger: incidentLogger,
    surface: "slack",
    alertsDaect: true,
  });
  const transport = await createSlackApp({
    incidents,
    expressApp,
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    slackApiUrl: fake.url,
    logger,
    retryConfig: { retries: 0 },
    afterAck: answers.afterAnswers,
  });
  const server = http.createServer(expressApp);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const attachments = testAttachments(origin);
  registerTestSlack(transport, kit, incidents, attachments);
  mountAttachmentDownloads(expressApp, { ctx: kit.ctx, store: attachments.store, links: attachments.links, logger });
  handleHttpErrors(expressApp, logger);
  const delivery = createSlackDelivery({
    ctx: kit.ctx,
    botToken: BOT_TOKEN,
    slackApiUrl: fake.url,
    channels: CHANNELS,
    publicBaseUrl: PUBLIC_BASE_URL,
  });
  const target = {
    url: `${origin}${SLACK_EVENTS_PATH}`,
    signingSecret: SIGNING_SECRET,
  };
  const openHome = (userId: string) =>
    sendEvent(target, {
      event: { type: "app_home_opened", user: userId, channel: `D${userId.slice(1)}`, tab: "home" },
    });
  return {
    kit,
    fake,
    target,
    attachmentsDir: attachments.dir,
    transport,
    command: (userId, text) =>
      sendSlashCommand(target, { command: "/expect", text, userId, responseUrl: fake.responseUrl(userId) }),
    response: (index) => fake.waitFor("response_url", (c) => fake.calls("response_url").indexOf(c) === index, 5000),
    click: (input) => sendBlockAction(target, input),
    submit: (input) => sendViewSubmission(target, input),
    openHome,
    async home(userId) {
      fake.reset();
      const reply = await openHome(userId);
      if (reply.status !== 200) throw new Error(`app_home_opened answered ${reply.status}`);
      return viewOf(await fake.waitFor("views.publish", (c) => c.args.user_id === userId));
    },
    suggest: (userId, actionId, blockId, value) => {
      const payload = {
        type: "block_suggestion",
        user: { id: userId, username: userId.toLowerCase(), team_id: "T0EXPECT" },
        team: { id: "T0EXPECT", domain: "daect" },
        api_app_id: "A0EXPECT",
        token: "verification-token-unused",
        action_id: actionId,
        block_id: blockId,
        value,
        container: { type: "view", view_id: "V0FORM" },
        view: { id: "V0FORM", type: "modal", callback_id: "mission_form", state: { values: {} } },
      };
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      return postSigned(target, body, "application/x-www-form-urlencoded");
    },
    delivery,
    deliver: () =>
      deliverDueNotifications({ db: kit.db, clock: kit.clock }, [delivery], {
        worker: "test",
        defaultTimeZone: "Europe/Paris",
      }),
    async close() {
      await transport.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await fake.close();
      await rm(attachments.dir, { recursive: true, force: true });
      if (!options.kit) await kit.close();
    },
  };
}

/** The `view` argument of a recorded views.* call, typed loosely for assertions. */
export function viewOf(call: RecordedCall): {
  id?: string;
  callback_id?: string;
  private_metadata?: string;
  blocks: { type: string; block_id?: string; [key: string]: unknown }[];
  [key: string]: unknown;
} {
  return call.args.view as never;
}

/** All the text of a set of blocks, to assert on what a person reads. */
export function textOf(value: unknown): string {
  return JSON.stringify(value);
}
