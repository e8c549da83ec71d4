import http from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { createHttpApp } from "../../src/http/app";
import { createSlackApp, SLACK_EVENTS_PATH, type SlackTransport } from "../../src/slack/transport";
import { FakeSlackWebApi } from "../fakes/slack-web-api";
import {
  postSigned,
  type SlackTarget,
  sendBlockAction,
  sendEvent,
  sendSlashCommand,
  sendViewSubmission,
} from "../support/slack-request";

const BOT_TOKEN = "xoxb-1111-2222-transporttesttoken";
const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const USER = "U0ALICE";

let fake: FakeSlackWebApi;
let transport: SlackTransport;
let server: http.Server;
let target: SlackTarget;
const logLines: string[] = [];

beforeAll(async () => {
  fake = await FakeSlackWebApi.start({ botToken: BOT_TOKEN });
  const logger = pino({ level: "debug" }, { write: (line: string) => logLines.push(line) });
  const expressApp = createHttpApp(async () => ({}), logger);
  transport = await createSlackApp({
    expressApp,
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    slackApiUrl: fake.url,
    logger,
    // Production keeps Slack's default policy; a short backoff keeps the 429 test at about Retry-After.
    retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 50 },
  });
  const { app } = transport;
  app.command("/expect", async ({ ack, command, client }) => {
    await ack();
    await client.chat.postEphemeral({
      channel: command.channel_id,
      user: command.user_id,
      text: `pong ${command.text}`,
    });
  });
  app.event("app_mention", async ({ event, client }) => {
    await client.chat.postMessage({ channel: event.channel, text: `seen ${event.ts}` });
  });
  app.action("expect_ping", async ({ ack, body, client }) => {
    await ack();
    await client.chat.postMessage({ channel: body.user.id, text: "clicked" });
  });
  app.action("expect_boom", async () => {
    throw new Error("boom before the ack");
  });
  app.view("expect_modal", async ({ ack, view }) => {
    const name = view.state.values.name_block?.name_input?.value ?? "";
    await ack({ response_action: "errors", errors: { name_block: `trop court: ${name}` } });
  });
  server = http.createServer(expressApp);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  target = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${SLACK_EVENTS_PATH}`,
    signingSecret: SIGNING_SECRET,
  };
});

afterEach(() => fake.reset());

afterAll(async () => {
  await transport?.stop();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await fake?.close();
});

describe("Slack transport over HTTP", () => {
  it("knows the bot from auth.test at start-up", () => {
    expect(transport.mode).toBe("http");
    expect(transport.identity).toEqual({ botUserId: "U0BOT", botId: "B0BOT", teamId: "T0EXPECT" });
  });

  it("acks a signed slash command at once and calls the Web API with the bot token", async () => {
    const reply = await sendSlashCommand(target, { command: "/expect", text: "hello", userId: USER });
    expect(reply.status).toBe(200);
    const call = await fake.waitFor("chat.postEphemeral");
    expect(call.token).toBe(BOT_TOKEN);
    expect(call.args).toMatchObject({ channel: "D0ALICE", user: USER, text: "pong hello", team_id: "T0EXPECT" });
  });

  it("refuses a bad signature and a timestamp out of the five-minute window, either way, with 401", async () => {
    const now = Math.floor(Date.now() / 1000);
    const bad = await sendSlashCommand(target, { command: "/expect", userId: USER }, { badSignature: true });
    const stale = await sendSlashCommand(target, { command: "/expect", userId: USER }, { stale: true });
    const ahead = await sendSlashCommand(target, { command: "/expect", userId: USER }, { timestamp: now + 6 * 60 });
    const unsigned = await fetch(target.url, { method: "POST", body: "command=%2Fexpect" });
    expect([bad.status, stale.status, ahead.status, unsigned.status]).toEqual([401, 401, 401, 401]);
    await transport.idle();
    expect(fake.calls("chat.postEphemeral")).toHaveLength(0);
    // A clock a little ahead of Slack's is not a replay.
    const skewed = await sendSlashCommand(
      target,
      { command: "/expect", text: "skew", userId: USER },
      { timestamp: now + 60 },
    );
    expect(skewed.status).toBe(200);
    await fake.waitFor("chat.postEphemeral", (c) => c.args.text === "pong skew");
  });

  it("refuses with 400, before Bolt reads it, a signed body that is none of Slack's payloads", async () => {
    const form = (payload: string) => `payload=${encodeURIComponent(payload)}`;
    const FORM = "application/x-www-form-urlencoded";
    const view = { id: "V1", type: "modal", callback_id: "f", private_metadata: "", state: { values: {} } };
    const command = new URLSearchParams({
      command: "/expect",
      text: "",
      user_id: USER,
      team_id: "T1",
      channel_id: "D1",
      trigger_id: "1.2.3",
      response_url: `https://hooks.slack.com/commands/T1/${"1".repeat(3000)}`,
    });
    const bodies: [string, string][] = [
      [form("null"), "application/x-www-form-urlencoded"],
      [
        form(JSON.stringify({ type: "block_actions", user: { id: USER }, actions: 5 })),
        "application/x-www-form-urlencoded",
      ],
      [
        form(JSON.stringify({ type: "view_submission", user: { id: USER }, view: {} })),
        "application/x-www-form-urlencoded",
      ],
      [JSON.stringify({ type: "event_callback", event_id: "Ev1", event: null }), "application/json"],
      ["{", "application/json"],
      // Found by the fuzz test: Bolt reads response_urls[0].response_url, and posts the answer to a huge URL.
      [form(JSON.stringify({ type: "view_submission", user: { id: USER }, view, response_urls: [null] })), FORM],
      [command.toString(), FORM],
      // Bolt keys its clients by team id in a plain object: "__proto__" threw before any listener.
      [
        new URLSearchParams({
          ...Object.fromEntries(command),
          response_url: "https://h.invalid/1",
          team_id: "__proto__",
        }).toString(),
        FORM,
      ],
    ];
    const statuses = [];
    for (const [body, contentType] of bodies) statuses.push((await postSigned(target, body, contentType)).status);
    expect(statuses).toEqual(bodies.map(() => 400));
    expect(logLines.join("\n")).toContain("Slack request refused");
  });

  it("answers a listener that throws before its ack at once, and logs the error once with its stack", async () => {
    const click = await sendBlockAction(target, {
      userId: USER,
      channelId: "D0ALICE",
      messageTs: "1700000000.000100",
      actions: [{ actionId: "expect_boom", value: "m-1" }],
    });
    // Bolt alone would answer 500 here.
    expect(click.status).toBe(200);
    await transport.idle();
    const failures = logLines.filter((line) => line.includes("Slack listener failed"));
    expect(failures).toHaveLength(1);
    const { err, payload } = JSON.parse(failures[0] as string);
    expect(err.message).toBe("boom before the ack");
    expect(err.stack).toContain("slack-transport.test.ts");
    expect(payload).toMatchObject({ type: "block_actions", action: "expect_boom" });
  });

  it("answers Slack's URL verification challenge", async () => {
    const body = JSON.stringify({ token: "t", challenge: "c-123", type: "url_verification" });
    const reply = await postSigned(target, body, "application/json");
    expect(reply.body).toEqual({ challenge: "c-123" });
  });

  it("routes block_actions and view_submission payloads, returning the ack body", async () => {
    const click = await sendBlockAction(target, {
      userId: USER,
      channelId: "D0ALICE",
      messageTs: "1700000000.000100",
      actions: [{ actionId: "expect_ping", value: "m-1" }],
    });
    expect(click.status).toBe(200);
    await fake.waitFor("chat.postMessage", (c) => c.args.text === "clicked");
    const submit = await sendViewSubmission(target, {
      userId: USER,
      callbackId: "expect_modal",
      values: { name_block: { name_input: { type: "plain_text_input", value: "Al" } } },
    });
    expect(submit.body).toEqual({ response_action: "errors", errors: { name_block: "trop court: Al" } });
  });

  it("never repeats the effect of an event that Slack redelivers", async () => {
    const event = { type: "app_mention", user: USER, channel: "C0DAECT", text: "<@U0BOT> hi", ts: "1700000001.000200" };
    const first = await sendEvent(target, { event, eventId: "Ev0FIRST" });
    const retry = await sendEvent(target, { event, eventId: "Ev0FIRST" }, { retryNum: 1, retryReason: "http_timeout" });
    // A retry of a delivery that did arrive elsewhere (timeout) is dropped even if this process never saw it…
    const elsewhere = await sendEvent(target, { event: { ...event, ts: "2.0" }, eventId: "Ev0ELSE" }, { retryNum: 1 });
    // …while a retry after a failed connection is the first delivery we get, so it runs, once.
    const lost = { event: { ...event, ts: "3.0" }, eventId: "Ev0LOST" };
    await sendEvent(target, lost, { retryNum: 1, retryReason: "connection_failed" });
    await sendEvent(target, lost, { retryNum: 2, retryReason: "connection_failed" });
    expect([first.status, retry.status, elsewhere.status]).toEqual([200, 200, 200]);
    await fake.waitFor("chat.postMessage", (c) => c.args.text === "seen 3.0");
    await new Promise((r) => setTimeout(r, 150));
    expect(fake.calls("chat.postMessage").map((c) => c.args.text)).toEqual(["seen 1700000001.000200", "seen 3.0"]);
  });

  it("waits for Retry-After and retries a Web API call that Slack rate-limits", async () => {
    fake.rateLimit("chat.postEphemeral", 1, 1);
    const reply = await sendSlashCommand(target, { command: "/expect", text: "busy", userId: USER });
    expect(reply.status).toBe(200);
    const ok = await fake.waitFor("chat.postEphemeral", (c) => c.status === 200, 5000);
    const [limited] = fake.calls("chat.postEphemeral");
    expect(limited?.status).toBe(429);
    expect(ok.at - (limited?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it("acks within Slack's budget (latency logged, not asserted)", async () => {
    const samples: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      samples.push((await sendSlashCommand(target, { command: "/expect", text: `${i}`, userId: USER })).elapsedMs);
    }
    samples.sort((a, b) => a - b);
    const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]?.toFixed(1);
    console.info(`slash command ack latency over ${samples.length} requests: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`);
    await fake.waitFor("chat.postEphemeral", (c) => c.args.text === "pong 19");
  });

  it("keeps the bot token and the signing secret out of the logs", () => {
    // What a careless error path could print: the token in free text and in an error message.
    transport.app.logger.error(`call failed with ${BOT_TOKEN}`, new Error(`secret ${SIGNING_SECRET}`), {
      header: "Bearer xoxb-9999-other-token",
    });
    const logs = logLines.join("\n");
    expect(logs).toContain("call failed with [redacted] Error: secret [redacted]");
    expect(logs).toContain("http request headers"); // the Web API client's debug dumps went through too
    expect(logs).not.toContain(BOT_TOKEN);
    expect(logs).not.toContain(SIGNING_SECRET);
    expect(logs).not.toContain("xoxb-9999");
  });
});

describe("fake Slack Web API", () => {
  it("refuses Block Kit beyond Slack's limits and records why", async () => {
    const { client } = transport.app;
    const longTitle = { type: "plain_text" as const, text: "Candidature au label EXPE-CT" };
    await expect(
      client.views.open({ trigger_id: "1.2.3", view: { type: "modal", title: longTitle, blocks: [] } }),
    ).rejects.toMatchObject({ data: { error: "invalid_blocks" } });
    const tooMany = Array.from({ length: 26 }, (_, i) => ({
      type: "button" as const,
      action_id: `a${i}`,
      text: { type: "plain_text" as const, text: "x".repeat(76) },
      value: "v".repeat(2001),
    }));
    await expect(
      client.chat.postMessage({ channel: "C1", text: "t", blocks: [{ type: "actions", elements: tooMany }] }),
    ).rejects.toMatchObject({ data: { error: "invalid_blocks" } });
    const problems = fake.rejections.flatMap((r) => r.problems);
    expect(problems).toEqual(
      expect.arrayContaining([
        "view.title.text: 28 characters, max 24",
        "blocks[0].elements: 26 elements, 1 to 25",
        "blocks[0].elements[0].text.text: 76 characters, max 75",
        "blocks[0].elements[0].value: 2001 characters, max 2000",
      ]),
    );
  });

  it("answers users.info with e-mail, time zone and, when asked, locale", async () => {
    fake.addUser({ id: USER, email: "alice@example.fr", locale: "fr-FR", tz: "Europe/Paris" });
    const { user } = await transport.app.client.users.info({ user: USER, include_locale: true });
    expect(user).toMatchObject({ tz: "Europe/Paris", locale: "fr-FR", profile: { email: "alice@example.fr" } });
    const withoutLocale = await transport.app.client.users.info({ user: USER });
    expect(withoutLocale.user?.locale).toBeUndefined();
  });

  it("takes a PDF through files.uploadV2 into a DM", async () => {
    const { client } = transport.app;
    const dm = await client.conversations.open({ users: USER });
    const pdf = Buffer.from("%PDF-1.7\n% diplôme EXPE-CT\n%%EOF\n");
    await client.filesUploadV2({
      channel_id: dm.channel?.id ?? "",
      file: pdf,
      filename: "diplome-EXPE-CT-2025-001.pdf",
      title: "Diplôme EXPE-CT",
      initial_comment: "Votre diplôme",
    });
    expect(fake.uploads).toHaveLength(1);
    expect(fake.uploads[0]).toMatchObject({ channelId: "D0ALICE", title: "Diplôme EXPE-CT", length: pdf.length });
    expect(fake.uploads[0]?.bytes.equals(pdf)).toBe(true);
  });
});
