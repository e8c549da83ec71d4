import pino from "pino";
import { loadConfig } from "../../src/config/env";
import { type RunningBot, startBot } from "../../src/server";
import { FakeSlackWebApi } from "../fakes/slack-web-api";
import { type FakeTeamsConnector, startFakeTeamsConnector } from "../fakes/teams-connector";
import { freshDatabaseUrl } from "../support/db";
import { sendSlashCommand } from "../support/slack-request";
import { messageActivity, postActivity, USER } from "../support/teams-activity";

const SECRET = "one-server-signing-secret";
let slack: FakeSlackWebApi;
let teams: FakeTeamsConnector;
let bot: RunningBot;

beforeAll(async () => {
  slack = await FakeSlackWebApi.start({ botToken: "xoxb-one-server" });
  teams = await startFakeTeamsConnector();
  slack.addUser({ id: "U0DAECT", email: "chef@diplomatie.gouv.fr", locale: "fr-FR", tz: "Europe/Paris", name: "chef" });
  teams.addMember({ id: USER.id, name: USER.name, email: "consul@sn.ambafrance.org", aadObjectId: USER.aadObjectId });
  const config = loadConfig({
    PORT: "0",
    DATABASE_URL: freshDatabaseUrl(),
    ADMIN_EMAILS: "chef@diplomatie.gouv.fr",
    SLACK_BOT_TOKEN: "xoxb-one-server",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.url,
    DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: "true",
    SCHEDULER_ENABLED: "false",
  });
  bot = await startBot(config, pino({ level: "silent" }));
});

afterAll(async () => {
  await bot.close();
  await slack.close();
  await teams.close();
});

describe("one HTTP server for Slack and Teams", () => {
  it("serves /healthz, Slack's /slack/events and Teams' /api/messages on one port, on 127.0.0.1 when unauthenticated", async () => {
    expect(bot.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${bot.url}/healthz`)).json()).toEqual({
      status: "ok",
      slack: "http",
      teams: "unauthenticated",
    });

    const slash = await sendSlashCommand(
      { url: `${bot.url}/slack/events`, signingSecret: SECRET },
      { command: "/expect", text: "aide", userId: "U0DAECT" },
    );
    expect(slash.status).toBe(200);

    const reply = await postActivity(bot.url, messageActivity({ serviceUrl: teams.serviceUrl, text: "aide" }));
    expect(reply.status).toBe(200);
    await teams.waitFor(() => teams.sent().length > 0);
    expect(teams.sent().length).toBeGreaterThan(0);

    const bad = await sendSlashCommand(
      { url: `${bot.url}/slack/events`, signingSecret: "wrong" },
      { command: "/expect", text: "aide", userId: "U0DAECT" },
    );
    expect(bad.status).toBe(401);
  });

  it("serves the public check of a diploma beside them, mounted by the composition root", async () => {
    const unknown = await fetch(`${bot.url}/diplomes/EXPE-CT-2026-0001`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
    expect(await unknown.text()).toContain("Aucun diplôme EXPE-CT ne porte ce numéro.");
  });
});
