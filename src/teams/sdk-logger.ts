import type { ILogger, ILoggerOptions, LogLevel } from "@microsoft/teams.common";
import type { Logger } from "pino";

const SECRET_KEY = /authorization|secret|password|token|assertion/i;
const MAX_DEPTH = 4;

/**
 * The SDK logs axios errors and whole activities; an axios error carries the request config,
 * so its Authorization header (the bot's bearer token) would reach the logs if passed through.
 */
/** Node's own errors (a bad URL, a refused connection) may come from another realm, where instanceof fails. */
function isError(value: unknown): value is Error {
  if (value instanceof Error) return true;
  const candidate = value as { message?: unknown; stack?: unknown } | null;
  return typeof candidate?.message === "string" && typeof candidate.stack === "string";
}

function describe(value: unknown, depth = 0): unknown {
  if (isError(value)) {
    const http = value as Error & {
      isAxiosError?: boolean;
      code?: string;
      config?: { method?: string; url?: string };
      response?: { status?: number };
    };
    if (http.isAxiosError) {
      return {
        error: value.message,
        code: http.code,
        status: http.response?.status,
        method: http.config?.method,
        url: http.config?.url,
      };
    }
    return { error: value.message, name: value.name, stack: value.stack };
  }
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "[…]";
  if (Array.isArray(value)) return value.map((item) => describe(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? "[redacted]" : describe(item, depth + 1);
  }
  return out;
}

/** An error as it may be logged under `err`: an axios error loses its request config (and the bearer token in it). */
export function loggableError(error: unknown): unknown {
  return describe(error);
}

function toSdkLevel(level: string): LogLevel {
  if (level === "fatal" || level === "silent") return "error";
  return level as LogLevel;
}

/** Adapts pino to the Teams SDK's ILogger so the SDK's lines share our format, level and redaction. */
export function toTeamsLogger(pino: Logger, name = "teams", muted = false): ILogger {
  const write = (level: LogLevel, msg: unknown[]) => {
    if (muted && (level === "debug" || level === "trace" || level === "info")) return;
    // The SDK logs whole activities at debug on every turn: copied (redacted) only when the line is written.
    if (!pino.isLevelEnabled(level)) return;
    const text = msg.filter((m) => typeof m === "string").join(" ");
    const details = msg.filter((m) => typeof m !== "string").map((m) => describe(m));
    const fields = details.length === 0 ? { sdk: name } : { sdk: name, details };
    pino[level](fields, text);
  };
  const loggerOptions: ILoggerOptions = { level: toSdkLevel(pino.level) };
  return {
    loggerOptions,
    debug: (...msg) => write("debug", msg),
    info: (...msg) => write("info", msg),
    warn: (...msg) => write("warn", msg),
    error: (...msg) => write("error", msg),
    trace: (...msg) => write("trace", msg),
    log: (level, ...msg) => write(level, msg),
    // A "-name" pattern is how the SDK asks for a quiet child (MSAL's chatter): keep only its warnings.
    child: (child, overrides) =>
      toTeamsLogger(pino, `${name}/${child}`, muted || (overrides?.pattern?.startsWith("-") ?? false)),
  };
}
