import { rm } from "node:fs/promises";
import pino from "pino";
import { createIncidentReporter } from "../../src/errors/unexpected";
import { createSlackApp, type SlackTransport } from "../../src/slack";
import { ACTIONS, CALLBACKS, COMMAND } from "../../src/slack/constants";
import { FakeSocketMode } from "../fakes/slack-socket-mode";
import { FakeSlackWebApi } from "../fakes/slack-web-api";
import { testAttachments } from "../support/attachment-store";
import { BOT_TOKEN, registerTestSlack, SIGNING_SECRET, USERS } from "../support/slack-bot";
import { typed } from "../support/slack-form-values";
import { blockActionPayload, slashCommandPayload, viewSubmissionPayload } from "../support/slack-request";
import { createKit, type Kit } from "../support/workflow-kit";

const APP_TOKEN = "xapp-1-A0EXPECT-1111-sockettest";

/**
 * The same bot over Socket Mode: Slack's side is a WebSocket on 127.0.0.1 (test/fakes/slack-socket-mode.ts) that
 * apps.connections.open, asked of SLACK_API_URL, points to. Envelopes are acknowledged over the socket, with the
 * payload a form's errors need, and the work after the ack reaches the Web API as over HTTP.
 */
describe("Slack over Socket Mode", () => {
  let kit: Kit;
  let fake: FakeSlackWebApi;
  let socket: FakeSocketMode;
  let transport: SlackTransport;
  let attachments: ReturnType<typeof testAttachments>;

  beforeAll(async () => {
    kit = await createKit();
    socket = await FakeSocketMode.start();
    fake = await FakeSlackWebApi.start({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
    for (const user of Object.values(USERS)) fake.addUser(user);
    fake.on("apps.connections.open", () => ({ url: socket.url }));
    const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
    const incidents = createIncidentReporter({ ctx: kit.ctx, logger, surface: "slack", alertsDaect: true });
    transport = await createSlackApp({
      incidents,
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      appToken: APP_TOKEN,
      slackApiUrl: fake.url,
      logger,
      retryConfig: { retries: 0 },
    });
    attachments = testAttachments("http://127.0.0.1:9");
    registerTestSlack(transport, kit, incidents, attachments);
    await transport.start();
    await socket.connected();
  });

  afterAll(async () => {
    const closed = socket.disconnected();
    await transport.stop();
    // The app's close handshake finishes before the server goes, or its timer outlives the test.
    await closed;
    await socket.close();
    await fake.close();
    await rm(attachments.dir, { recursive: true, force: true });
    await kit.close();
  });

  it("opens its connection through SLACK_API_URL with the app-level token", () => {
    expect(transport.mode).toBe("socket");
    expect(fake.calls("apps.connections.open")).toHaveLength(1);
    expect(fake.calls("apps.connections.open")[0]?.token).toBe(APP_TOKEN);
  });

  it("acknowledges a slash command, then answers at its response_url", async () => {
    fake.reset();
    const ack = await socket.send(
      "slash_commands",
      slashCommandPayload({
        command: COMMAND,
        text: "aide",
        userId: USERS.daect.id,
        responseUrl: fake.responseUrl(USERS.daect.id),
      }),
    );
    expect(ack.envelope_id).toBeTruthy();
    const answer = await fake.waitFor("response_url");
    expect(JSON.stringify(answer.args)).toContain("/expect");
  });

  it("a button: acknowledged, then the form opens with views.open", async () => {
    fake.reset();
    await socket.send(
      "interactive",
      blockActionPayload({
        userId: USERS.daect.id,
        actions: [{ actionId: ACTIONS.openMission }],
        view: { id: "VHOME", type: "home" },
      }),
    );
    const opened = await fake.waitFor("views.open");
    expect(JSON.stringify(opened.args.view)).toContain(CALLBACKS.mission);
  });

  it("a form refused: the errors under its fields travel in the acknowledgement", async () => {
    const ack = await socket.send(
      "interactive",
      viewSubmissionPayload({
        userId: USERS.focal.id,
        callbackId: CALLBACKS.solicitation,
        privateMetadata: JSON.stringify({ organisationId: "nope" }),
        values: {
          fromWhom: typed("Commune de Thiès"),
          countryCode: typed("??"),
          subject: typed("Appui"),
          receivedOn: { receivedOn: { type: "datepicker", selected_date: "2026-03-01" } },
        },
      }),
    );
    expect(ack.payload).toMatchObject({ response_action: "errors" });
  });

  it("a malformed envelope is acknowledged (so Slack does not send it again) and changes nothing", async () => {
    fake.reset();
    const ack = await socket.send("interactive", { type: "block_actions", actions: "not a list" });
    expect(ack.envelope_id).toBeTruthy();
    await transport.idle();
    expect(fake.calls().filter((c) => c.method !== "users.info")).toHaveLength(0);
  });
});
