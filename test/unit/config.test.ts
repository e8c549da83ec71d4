import { ConfigError, loadConfig } from "../../src/config/env";

const problems = (env: NodeJS.ProcessEnv) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe("configuration", () => {
  it("starts with nothing set: SQLite, port 3978, Slack and Teams disabled", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3978,
      DATABASE_URL: "file:./data/expect.db",
      SLACK_API_URL: "https://slack.com/api/",
      TZ_DEFAULT: "Europe/Paris",
      ADMIN_EMAILS: [],
      slack: { mode: "disabled" },
      teams: { mode: "disabled" },
    });
  });

  it("keeps attachments in data/attachments and fetches Teams files from SharePoint unless told otherwise", () => {
    expect(loadConfig({})).toMatchObject({
      ATTACHMENTS_DIR: "data/attachments",
      TEAMS_FILE_HOSTS: ["*.sharepoint.com"],
    });
    const set = loadConfig({
      ATTACHMENTS_DIR: "/srv/expect/files",
      TEAMS_FILE_HOSTS: " *.SharePoint.com, files.example.org ",
    });
    expect(set).toMatchObject({
      ATTACHMENTS_DIR: "/srv/expect/files",
      TEAMS_FILE_HOSTS: ["*.sharepoint.com", "files.example.org"],
    });
  });

  it("accepts a postgres:// URL and says which part of a malformed one is missing", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://bot:pw@db.internal:5432/expect" }).DATABASE_URL).toBe(
      "postgres://bot:pw@db.internal:5432/expect",
    );
    expect(loadConfig({ DATABASE_URL: "postgresql://db/expect" }).DATABASE_URL).toBe("postgresql://db/expect");
    expect(problems({ DATABASE_URL: "postgres://db.internal" })).toEqual([
      "DATABASE_URL: names no database on db.internal (postgres://…@host:5432/database)",
    ]);
    expect(problems({ DATABASE_URL: "postgres://[bad/expect" })).toEqual([
      expect.stringMatching(/^DATABASE_URL: is not a valid postgres:\/\/ URL/),
    ]);
  });

  it("chooses Slack over HTTP, or Socket Mode with an app token", () => {
    const base = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" };
    expect(loadConfig(base).slack.mode).toBe("http");
    expect(loadConfig({ ...base, SLACK_APP_TOKEN: "xapp-1" }).slack.mode).toBe("socket");
  });

  it("allows unauthenticated Teams only with the SDK's explicit switch", () => {
    expect(loadConfig({ DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: "true" }).teams.mode).toBe("unauthenticated");
    expect(loadConfig({ TEAMS_CLIENT_ID: "a", TEAMS_CLIENT_SECRET: "b", TEAMS_TENANT_ID: "c" }).teams.mode).toBe(
      "authenticated",
    );
  });

  it("gives one clear message per missing or wrong variable", () => {
    expect(
      problems({
        PORT: "http",
        SLACK_BOT_TOKEN: "xoxp-user",
        TZ_DEFAULT: "Paris",
        ADMIN_EMAILS: "a@b.fr, not-an-email",
        DATABASE_URL: "mysql://x",
      }),
    ).toEqual([
      expect.stringMatching(/^PORT: /),
      expect.stringMatching(/^DATABASE_URL: only file:/),
      "SLACK_BOT_TOKEN: a bot token starts with xoxb-",
      expect.stringMatching(/^ADMIN_EMAILS\.1: /),
      "TZ_DEFAULT: not an IANA time zone (e.g. Europe/Paris)",
    ]);
    expect(problems({ SLACK_BOT_TOKEN: "xoxb-1" })).toEqual([
      "Slack is half configured: set SLACK_SIGNING_SECRET too, or unset the Slack variables",
    ]);
    expect(problems({ TEAMS_CLIENT_ID: "a" })).toEqual([
      "Teams is half configured: set TEAMS_CLIENT_SECRET, TEAMS_TENANT_ID too, or unset the Teams variables",
    ]);
  });

  it("signs diploma links with a development secret outside production, and demands a real one in production", () => {
    expect(loadConfig({ PORT: "4000" }).diplomaLinks).toEqual({
      secret: expect.stringMatching(/dev-only/),
      baseUrl: "http://localhost:4000",
    });
    const teams = { TEAMS_CLIENT_ID: "a", TEAMS_CLIENT_SECRET: "b", TEAMS_TENANT_ID: "c", NODE_ENV: "production" };
    expect(problems(teams)).toEqual([
      expect.stringMatching(/^DIPLOMA_LINK_SECRET: required in production/),
      expect.stringMatching(/^PUBLIC_BASE_URL: required in production/),
    ]);
    // Every diploma prints PUBLIC_BASE_URL: a Slack-only production needs it as well.
    expect(problems({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", NODE_ENV: "production" })).toEqual([
      expect.stringMatching(/^PUBLIC_BASE_URL: required in production \(the bot's https address, printed/),
    ]);
    expect(loadConfig({ PUBLIC_BASE_URL: "https://expect.example.org/" }).publicBaseUrl).toBe(
      "https://expect.example.org",
    );
    expect(loadConfig({}).publicBaseUrl).toBe("http://localhost:3978");
    expect(loadConfig({}).TRUST_PROXY).toBe(0);
    expect(problems({ TRUST_PROXY: "all" })).toEqual([expect.stringMatching(/^TRUST_PROXY: /)]);
    expect(problems({ DIPLOMA_LINK_SECRET: "short" })).toEqual([
      "DIPLOMA_LINK_SECRET: use at least 32 random characters",
    ]);
    const secret = "s".repeat(40);
    expect(
      loadConfig({ ...teams, DIPLOMA_LINK_SECRET: secret, PUBLIC_BASE_URL: "https://expect.example.org" }).diplomaLinks,
    ).toEqual({ secret, baseUrl: "https://expect.example.org" });
  });
});
