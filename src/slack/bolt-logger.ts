import { type Logger, LogLevel } from "@slack/bolt";
import type { Logger as PinoLogger } from "pino";

// Slack token shapes: bot/user/app-level/refresh tokens. Bolt and the Web API client already mask `token` and
// `Authorization` keys at debug level, but error messages and request dumps can still carry a token in free text.
const TOKEN_PATTERN = /\b(?:xox[abeoprs]|xapp|xoxe\.xox[bp])-[A-Za-z0-9-]+/g;
const REDACTED = "[redacted]";

const PINO_TO_BOLT: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

/** Masks every Slack token shape and each given secret (signing secret, configured tokens) in a log line. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text.replace(TOKEN_PATTERN, REDACTED);
  for (const secret of secrets) {
    if (secret) out = out.split(secret).join(REDACTED);
  }
  return out;
}

function describe(part: unknown): string {
  if (typeof part === "string") return part;
  // The stack starts with "Name: message": an error is logged once, with where it came from.
  if (part instanceof Error) return part.stack ?? `${part.name}: ${part.message}`;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    // Circular or BigInt values: their plain string form is enough for a log line.
    return String(part);
  }
}

/**
 * An error as pino may log it under `err` (type, message, stack and its own fields, such as a Web API error's
 * `data`), with every token and secret masked in its text.
 */
export function scrubError(error: unknown, secrets: readonly string[]): unknown {
  if (!(error instanceof Error)) return { message: scrubSecrets(describe(error), secrets) };
  const copy = Object.create(Object.getPrototypeOf(error)) as Error & Record<string, unknown>;
  for (const [key, value] of Object.entries(error)) {
    copy[key] = typeof value === "string" ? scrubSecrets(value, secrets) : value;
  }
  copy.message = scrubSecrets(error.message, secrets);
  copy.stack = error.stack === undefined ? undefined : scrubSecrets(error.stack, secrets);
  return copy;
}

/**
 * Bolt, its receivers and its WebClient log through this adapter into our pino logger, as plain scrubbed strings:
 * objects are serialised here so that no token can slip through pino's own object serialisation.
 */
export function createBoltLogger(pino: PinoLogger, secrets: readonly string[]): Logger {
  let child = pino.child({ component: "slack" });
  const write = (level: "debug" | "info" | "warn" | "error", parts: unknown[]) => {
    if (!child.isLevelEnabled(level)) return;
    child[level](scrubSecrets(parts.map(describe).join(" "), secrets));
  };
  return {
    debug: (...msg: unknown[]) => write("debug", msg),
    info: (...msg: unknown[]) => write("info", msg),
    warn: (...msg: unknown[]) => write("warn", msg),
    error: (...msg: unknown[]) => write("error", msg),
    setLevel: (level: LogLevel) => {
      child.level = level;
    },
    getLevel: () => PINO_TO_BOLT[child.level] ?? LogLevel.INFO,
    setName: (name: string) => {
      child = child.child({ name });
    },
  };
}
