import { z } from "zod";
import { DEFAULT_DATABASE_URL, databaseKind, postgresTarget } from "../db/database-url";

const optional = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const flag = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === "") return false;
    if (["true", "1", "yes"].includes(v.toLowerCase())) return true;
    if (["false", "0", "no"].includes(v.toLowerCase())) return false;
    ctx.addIssue({ code: "custom", message: "expected true or false" });
    return z.NEVER;
  });

const timeZone = z
  .string()
  .trim()
  .default("Europe/Paris")
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "not an IANA time zone (e.g. Europe/Paris)");

/** Every variable of .env.example; names from DESIGN.md §4. */
export const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: optional,
  DATABASE_URL: z
    .string()
    .trim()
    .default(DEFAULT_DATABASE_URL)
    .superRefine((url, ctx) => {
      const kind = databaseKind(url);
      if (kind === null)
        ctx.addIssue({ code: "custom", message: "only file: (SQLite) and postgres:// URLs are supported" });
      if (kind !== "postgres") return;
      const target = postgresTarget(url);
      if ("problem" in target) ctx.addIssue({ code: "custom", message: target.problem.replace(/^DATABASE_URL /u, "") });
    }),
  SQLITE_SYNCHRONOUS: z.enum(["normal", "full"]).default("normal"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SLACK_BOT_TOKEN: optional.refine((v) => v === undefined || v.startsWith("xoxb-"), "a bot token starts with xoxb-"),
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional.refine((v) => v === undefined || v.startsWith("xapp-"), "an app token starts with xapp-"),
  SLACK_API_URL: z.url().default("https://slack.com/api/"),
  SLACK_DAECT_CHANNEL: optional,
  SLACK_COMMITTEE_CHANNEL: optional,
  TEAMS_CLIENT_ID: optional,
  TEAMS_CLIENT_SECRET: optional,
  TEAMS_TENANT_ID: optional,
  DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: flag,
  DIPLOMA_LINK_SECRET: optional.refine((v) => v === undefined || v.length >= 32, "use at least 32 random characters"),
  PUBLIC_BASE_URL: optional.refine((v) => v === undefined || /^https?:\/\/[^/]/u.test(v), "an http(s) URL"),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  ADMIN_EMAILS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.email())),
  TZ_DEFAULT: timeZone,
  LABEL_VALIDITY_YEARS: z.coerce.number().int().min(1).max(10).default(3),
  ATTACHMENTS_DIR: z.string().trim().min(1).default("data/attachments"),
  TEAMS_FILE_HOSTS: z
    .string()
    .default("*.sharepoint.com")
    .transform((v) =>
      v
        .split(",")
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    ),
  SCHEDULER_ENABLED: flag.default(true),
  CRON_SWEEP: z.string().trim().default("*/15 * * * *"),
  CRON_OUTBOX: z.string().trim().default("*/1 * * * *"),
  CRON_LABELS: z.string().trim().default("0 6 * * *"),
  CRON_RETENTION: z.string().trim().default("30 3 * * *"),
  NOTIFICATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  AUDIT_RETENTION_YEARS: z.coerce.number().int().min(1).max(100).default(10),
});

export type Env = z.output<typeof ZEnv>;

export interface Config extends Env {
  slack: { mode: "http" | "socket" | "disabled"; missing: string[] };
  teams: { mode: "authenticated" | "unauthenticated" | "disabled"; missing: string[] };
  /** How the Teams diploma download links are signed and where they point. */
  diplomaLinks: { secret: string; baseUrl: string };
  /** The bot's public address, printed on every diploma with its verification URL (PUBLIC_BASE_URL). */
  publicBaseUrl: string;
}

/**
 * Outside production only: links signed with a known secret are fine on a laptop or in CI, and would let anyone
 * forge a download link anywhere else.
 */
const DEV_DIPLOMA_LINK_SECRET = "expect-dev-only-diploma-link-secret-not-for-production";

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads and checks the environment once, with one clear message per missing or wrong variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`));
  }
  const env = parsed.data;
  const problems: string[] = [];

  const slackMissing = ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"].filter((k) => !env[k as keyof Env]);
  const anySlack = env.SLACK_BOT_TOKEN || env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN;
  if (anySlack && slackMissing.length > 0) {
    problems.push(`Slack is half configured: set ${slackMissing.join(" and ")} too, or unset the Slack variables`);
  }
  const slackMode = slackMissing.length > 0 ? "disabled" : env.SLACK_APP_TOKEN ? "socket" : "http";

  const teamsKeys = ["TEAMS_CLIENT_ID", "TEAMS_CLIENT_SECRET", "TEAMS_TENANT_ID"] as const;
  const teamsMissing = teamsKeys.filter((k) => !env[k]);
  if (teamsMissing.length > 0 && teamsMissing.length < teamsKeys.length) {
    problems.push(`Teams is half configured: set ${teamsMissing.join(", ")} too, or unset the Teams variables`);
  }
  const teamsMode =
    teamsMissing.length === 0
      ? "authenticated"
      : env.DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS
        ? "unauthenticated"
        : "disabled";

  const production = source.NODE_ENV === "production";
  if (production && teamsMode !== "disabled" && !env.DIPLOMA_LINK_SECRET) {
    problems.push("DIPLOMA_LINK_SECRET: required in production with Teams (32+ random characters)");
  }
  // Every diploma prints its verification URL: one pointing at localhost would send its readers nowhere.
  if (production && (teamsMode !== "disabled" || slackMode !== "disabled") && !env.PUBLIC_BASE_URL) {
    problems.push("PUBLIC_BASE_URL: required in production (the bot's https address, printed on the diplomas)");
  }

  if (problems.length > 0) throw new ConfigError(problems);
  const publicBaseUrl = (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/u, "");
  return {
    ...env,
    slack: { mode: slackMode, missing: slackMissing },
    teams: { mode: teamsMode, missing: [...teamsMissing] },
    diplomaLinks: {
      secret: env.DIPLOMA_LINK_SECRET ?? DEV_DIPLOMA_LINK_SECRET,
      baseUrl: env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`,
    },
    publicBaseUrl,
  };
}
