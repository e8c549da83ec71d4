import dns from "node:dns";
import type { Server } from "node:http";
import { type AddressInfo, isIP } from "node:net";
import type { App } from "@microsoft/teams.apps";
import type { IAdaptiveCard } from "@microsoft/teams.cards";
import pino from "pino";
import { createHttpApp } from "../../src/http/app";
import { type ConversationAddress, createTeamsConnector, type TeamsConnector } from "../../src/teams/connector";
import { ConnectorError } from "../../src/teams/connector-error";
import { toTeamsLogger } from "../../src/teams/sdk-logger";
import { createTeamsApp } from "../../src/teams/transport";
import { type FakeTeamsConnector, startFakeTeamsConnector } from "../fakes/teams-connector";
import { assertValidCard, cardProblems } from "../support/adaptive-cards";
import {
  BOT,
  cardActionActivity,
  messageActivity,
  personalConversationId,
  personalInstallActivity,
  postActivity,
  TENANT_ID,
  teamInstallActivity,
  USER,
} from "../support/teams-activity";

const CARD = "application/vnd.microsoft.card.adaptive";

// Throwaway cards and handlers: this file tests the transport, not the product's screens.
function askCard(): IAdaptiveCard {
  return {
    type: "AdaptiveCard",
    version: "1.5",
    body: [{ type: "TextBlock", text: "Valider la mission ?", wrap: true }],
    actions: [{ type: "Action.Execute", title: "Valider", verb: "approve", data: { missionId: "m-1" } }],
  } as IAdaptiveCard;
}

function doneCard(verb: string, data: Record<string, unknown>): IAdaptiveCard {
  return {
    type: "AdaptiveCard",
    version: "1.5",
    body: [{ type: "TextBlock", text: `${verb} ${String(data.missionId)} : fait`, wrap: true }],
  } as IAdaptiveCard;
}

const cardMessage = (card: IAdaptiveCard) => ({
  type: "message" as const,
  attachments: [{ contentType: CARD, content: card }],
});

/** Records and refuses any host-name resolution (login.microsoftonline.com…): everything here is 127.0.0.1. */
const lookups: string[] = [];
function blockDnsLookups(): void {
  const lookup = dns.lookup;
  jest.spyOn(dns, "lookup").mockImplementation(((host: string, ...rest: unknown[]) => {
    if (isIP(host) !== 0) return (lookup as (...args: unknown[]) => void)(host, ...rest);
    lookups.push(host);
    const callback = rest[rest.length - 1] as (error: Error) => void;
    process.nextTick(() => callback(new Error(`test blocked a DNS lookup of ${host}`)));
  }) as unknown as typeof dns.lookup);
}

async function listen(app: ReturnType<typeof createHttpApp>): Promise<{ server: Server; baseUrl: string }> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  return { server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Everything the SDK logs, at debug level (it logs whole activities there): checked for secrets. */
const logLines: string[] = [];
const capture = pino({ level: "debug" }, { write: (line: string) => logLines.push(line) });

describe("Teams transport on the shared HTTP app", () => {
  let fake: FakeTeamsConnector;
  let teams: App;
  let connector: TeamsConnector;
  let server: Server;
  let baseUrl: string;
  const installs: ConversationAddress[] = [];
  const teamIds: string[] = [];

  beforeAll(async () => {
    blockDnsLookups();
    fake = await startFakeTeamsConnector();
    const http = createHttpApp(async () => ({ teams: "on" }), capture);
    teams = await createTeamsApp({ http, allowUnauthenticated: true, logger: capture });
    connector = createTeamsConnector(teams);

    teams.message(/^hello$/i, async (ctx) => {
      await ctx.send(cardMessage(askCard()));
    });
    teams.on("card.action", async (ctx) => {
      const { verb, data } = ctx.activity.value.action;
      return { statusCode: 200, type: CARD, value: doneCard(verb ?? "", data) };
    });
    teams.on("conversationUpdate", async (ctx) => {
      const added = ctx.activity.membersAdded?.some((m) => m.id === ctx.activity.recipient.id);
      if (!added) return;
      installs.push({
        serviceUrl: ctx.activity.serviceUrl ?? "",
        conversationId: ctx.activity.conversation.id,
        botId: ctx.activity.recipient.id,
        tenantId: ctx.activity.conversation.tenantId,
      });
      const teamId = ctx.activity.channelData?.team?.id;
      if (teamId) teamIds.push(teamId);
    });
    ({ server, baseUrl } = await listen(http));
  });

  afterEach(() => fake.reset());

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await fake.close();
    expect(lookups).toEqual([]);
    expect(logLines.join("")).not.toMatch(/Bearer/);
    jest.restoreAllMocks();
  });

  it("answers Teams and /healthz on the same port", async () => {
    const health = await fetch(`${baseUrl}/healthz`);
    expect(await health.json()).toMatchObject({ status: "ok", teams: "on" });
    const res = await postActivity(baseUrl, messageActivity({ serviceUrl: fake.serviceUrl, text: "unrouted" }));
    expect(res.status).toBe(200);
  });

  it("replies to a message with a valid card carrying an Action.Execute, through the activity's serviceUrl", async () => {
    const res = await postActivity(baseUrl, messageActivity({ serviceUrl: fake.serviceUrl, text: "hello" }));
    expect(res.status).toBe(200);

    // The handler runs inside the request: the reply is already recorded when the POST returns.
    const [reply] = fake.sent();
    expect(reply?.conversationId).toBe(personalConversationId());
    expect(reply?.activity).toMatchObject({ type: "message", from: { id: BOT.id } });
    const card = reply?.activity.attachments[0];
    expect(card.contentType).toBe(CARD);
    assertValidCard(card.content);
    expect(card.content.actions[0]).toMatchObject({ type: "Action.Execute", verb: "approve" });
    // Unauthenticated mode has no bot token: the SDK still sends the header, with "null" in it.
    expect(fake.calls()[0]?.authorization).toBe("Bearer null");
  });

  it("answers an Action.Execute with the updated card in the invoke response", async () => {
    const res = await postActivity(
      baseUrl,
      cardActionActivity({ serviceUrl: fake.serviceUrl, verb: "approve", data: { missionId: "m-1" } }),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 200, type: CARD });
    assertValidCard(res.body.value);
    expect(res.body.value.body[0].text).toBe("approve m-1 : fait");
    expect(fake.calls()).toEqual([]);
    console.info(`Teams card action round trip: ${res.elapsedMs.toFixed(1)} ms`);
  });

  it("sees a personal install, then sends proactively to the stored conversation and updates the card", async () => {
    const res = await postActivity(baseUrl, personalInstallActivity({ serviceUrl: fake.serviceUrl }));
    expect(res.status).toBe(200);
    const address = installs.at(-1) as ConversationAddress;
    expect(address).toEqual({
      serviceUrl: fake.serviceUrl,
      conversationId: personalConversationId(),
      botId: BOT.id,
      tenantId: TENANT_ID,
    });

    const id = await connector.sendActivity(address, cardMessage(askCard()));
    const sent = await fake.waitFor(() => fake.sent().find((s) => s.id === id));
    expect(sent.conversationId).toBe(address.conversationId);
    expect(sent.activity.attachments[0].content.actions[0].verb).toBe("approve");

    await connector.updateActivity(address, id, cardMessage(doneCard("approve", { missionId: "m-1" })));
    expect(fake.updates()).toEqual([
      expect.objectContaining({ conversationId: address.conversationId, activityId: id }),
    ]);
    assertValidCard(fake.updates()[0]?.activity.attachments[0].content);
  });

  it("sees the bot added to a team channel", async () => {
    const res = await postActivity(baseUrl, teamInstallActivity({ serviceUrl: fake.serviceUrl }));
    expect(res.status).toBe(200);
    expect(teamIds).toEqual(["19:team-embassy-sn@thread.tacv2"]);
    expect(installs.at(-1)?.conversationId).toBe("19:team-embassy-sn@thread.tacv2");
  });

  it("opens a personal conversation with a user", async () => {
    const address = await connector.createPersonalConversation({
      serviceUrl: fake.serviceUrl,
      tenantId: TENANT_ID,
      botId: BOT.id,
      userId: USER.id,
    });
    expect(fake.conversations()).toHaveLength(1);
    expect(fake.conversations()[0]?.request).toMatchObject({ members: [{ id: USER.id }], tenantId: TENANT_ID });
    expect(address.conversationId).toBe(fake.conversations()[0]?.id);
  });

  it("looks a member up to get the e-mail", async () => {
    fake.addMember({
      id: USER.id,
      name: USER.name,
      email: "alice.martin@ville.fr",
      userPrincipalName: "amartin@ville.fr",
    });
    const at = { serviceUrl: fake.serviceUrl, conversationId: personalConversationId() };
    await expect(connector.getMember(at, USER.id)).resolves.toMatchObject({
      email: "alice.martin@ville.fr",
      userPrincipalName: "amartin@ville.fr",
    });
    const unknown = await connector.getMember(at, "29:nobody").catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(ConnectorError);
    expect(unknown).toMatchObject({ status: 404, permanent: true });
  });

  it("surfaces a 429 with its Retry-After, without retrying", async () => {
    fake.failNext(1, { status: 429, retryAfter: 3 });
    const to = { serviceUrl: fake.serviceUrl, conversationId: personalConversationId(), botId: BOT.id };
    const error = await connector.sendActivity(to, cardMessage(askCard())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 3, throttled: true, permanent: false });
    expect(fake.calls()).toHaveLength(1);
    expect(fake.sent()).toEqual([]);

    await connector.sendActivity(to, cardMessage(askCard()));
    expect(fake.sent()).toHaveLength(1);
  });

  it("turns a 429 on an in-turn reply into a 500 to Teams (the SDK does not retry either)", async () => {
    fake.failNext(1, { status: 429, retryAfter: 1 });
    const res = await postActivity(baseUrl, messageActivity({ serviceUrl: fake.serviceUrl, text: "hello" }));
    expect(res.status).toBe(500);
    expect(fake.calls()).toHaveLength(1);
  });

  it("marks a 403 (bot blocked or removed) as permanent", async () => {
    fake.failNext(1, { status: 403, code: "BotDisabledByAdmin" });
    const to = { serviceUrl: fake.serviceUrl, conversationId: personalConversationId() };
    const error = await connector.sendActivity(to, cardMessage(askCard())).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, permanent: true });
    expect((error as Error).message).toContain("BotDisabledByAdmin");
  });
});

describe("Teams transport with credentials", () => {
  it("rejects an unsigned activity with 401, without reaching any Microsoft host", async () => {
    blockDnsLookups();
    const fake = await startFakeTeamsConnector();
    const http = createHttpApp(async () => ({}), capture);
    await createTeamsApp({
      http,
      credentials: { clientId: "00000000-0000-0000-0000-0000000c11e7", clientSecret: "s3cret", tenantId: TENANT_ID },
      allowUnauthenticated: false,
      logger: capture,
    });
    const { server, baseUrl } = await listen(http);
    try {
      const res = await postActivity(baseUrl, messageActivity({ serviceUrl: fake.serviceUrl, text: "hello" }));
      expect(res.status).toBe(401);
      expect(fake.calls()).toEqual([]);
      expect(lookups).toEqual([]);
      expect(logLines.join("")).not.toContain("s3cret");
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await fake.close();
      jest.restoreAllMocks();
    }
  });
});

describe("the SDK's logger", () => {
  it("keeps the bearer token of a failed call and secret-looking fields out of the logs", () => {
    const lines: string[] = [];
    const log = toTeamsLogger(pino({ level: "debug" }, { write: (line: string) => lines.push(line) }));
    const failed = Object.assign(new Error("Request failed with status code 429"), {
      isAxiosError: true,
      config: {
        method: "post",
        url: "http://127.0.0.1/v3/conversations",
        headers: { Authorization: "Bearer eyJ.sec" },
      },
      response: { status: 429 },
    });
    log.child("TokenManager").error("send failed", failed, { clientSecret: "s3cret", nested: { token: "t0k" } });
    const [line] = lines.map((l) => JSON.parse(l));
    expect(line).toMatchObject({ sdk: "teams/TokenManager", msg: "send failed" });
    expect(line.details[0]).toMatchObject({ status: 429, url: "http://127.0.0.1/v3/conversations" });
    expect(lines.join("")).not.toMatch(/eyJ\.sec|s3cret|t0k/);
  });
});

describe("assertValidCard", () => {
  it("reports what Teams would not render", () => {
    const problems = cardProblems({
      type: "AdaptiveCard",
      version: "1.6",
      body: [{ type: "Nope" }, { type: "TextBlock", text: "x", color: "purple" }],
      actions: [{ type: "Action.Execute", title: "Sans verbe" }],
    });
    expect(problems).toEqual([
      "version must be 1.0…1.5, got 1.6",
      expect.stringContaining("UnknownElementType"),
      expect.stringContaining("InvalidPropertyValue"),
      'Action.Execute "Sans verbe" has no verb',
    ]);
  });
});
