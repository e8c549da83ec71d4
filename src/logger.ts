import { types } from "node:util";
import pino, { type Logger } from "pino";

/** Paths that may carry a secret in anything we log: never written out. */
const REDACT = [
  "*.token",
  "*.botToken",
  "*.appToken",
  "*.signingSecret",
  "*.clientSecret",
  "*.authorization",
  "*.headers.authorization",
  "*.headers.Authorization",
  "*.headers.cookie",
  "err.config.headers",
  "err.config.data",
  "err.request",
  "err.response.headers",
  "err.response.config",
  "err.headers",
  "err.cause.config",
  "err.cause.request",
  "err.cause.headers",
  "SLACK_BOT_TOKEN",
  "SLACK_APP_TOKEN",
  "SLACK_SIGNING_SECRET",
  "TEAMS_CLIENT_SECRET",
];

// Slack token shapes and bearer tokens, wherever they sit in an error's text.
const TOKEN_IN_TEXT = /\b(?:xox[abeoprs]|xapp|xoxe\.xox[bp])-[A-Za-z0-9-]+|Bearer\s+[A-Za-z0-9._~+/=-]+/g;
// What an HTTP client's error carries about the exchange: the request config and headers hold the bearer token.
const HTTP_KEYS = new Set(["config", "request", "response", "headers", "body", "req", "res"]);

type Serialised = Record<string, unknown> & { message?: string; stack?: string; cause?: unknown };

/**
 * pino's `err` serializer (type, message, stack, own fields, causes) without what an SDK's HTTP error carries about
 * the exchange (axios `config` / `request` / `response`, the Slack Web API's `headers`): only its method, URL without
 * query and status are kept, and token shapes in the text are masked.
 */
/** An Error of any realm (see serializeError). */
export function isError(value: unknown): value is Error {
  return value instanceof Error || types.isNativeError(value);
}

export function serializeError(error: unknown): unknown {
  // isNativeError, not instanceof: an error made in another realm (Node's own fetch, a vm context) is no
  // `instanceof Error` here, and would otherwise be logged as {} with neither its message nor its stack.
  if (!isError(error)) return error;
  return scrub(pino.stdSerializers.err(error) as unknown as Serialised, error);
}

function scrub(out: Serialised, original: unknown): Serialised {
  const http = original as {
    config?: { method?: string; url?: string };
    response?: { status?: number };
    statusCode?: number;
  };
  const clean: Serialised = {};
  for (const [key, value] of Object.entries(out)) {
    if (HTTP_KEYS.has(key)) continue;
    clean[key] = typeof value === "string" ? value.replace(TOKEN_IN_TEXT, "[redacted]") : value;
  }
  if (http.config || http.response) {
    clean.http = {
      method: http.config?.method,
      url: http.config?.url?.split("?")[0],
      status: http.response?.status ?? http.statusCode,
    };
  }
  if (out.cause && typeof out.cause === "object") {
    clean.cause = scrub(out.cause as Serialised, (original as { cause?: unknown }).cause);
  }
  return clean;
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT, censor: "[redacted]" },
      serializers: { err: serializeError },
      base: { app: "expect-bot" },
    },
    destination,
  );
}
