/**
 * A failed Bot Connector call, in the terms the delivery layer decides on. The SDK does not retry
 * connector calls (only its streaming helper does): a 429 reaches us as a plain axios error.
 */
export class ConnectorError extends Error {
  override readonly name = "ConnectorError";

  constructor(
    message: string,
    /** HTTP status, undefined when the connector was not reached at all. */
    readonly status: number | undefined,
    /** From Retry-After on a 429 / 503, in seconds. */
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(message);
  }

  /** 403: the bot was blocked or removed; 404: the conversation is gone. Retrying will not help. */
  get permanent(): boolean {
    return this.status === 400 || this.status === 401 || this.status === 403 || this.status === 404;
  }

  get throttled(): boolean {
    return this.status === 429;
  }
}

interface HttpFailure {
  isAxiosError?: boolean;
  message: string;
  response?: { status?: number; headers?: Record<string, unknown>; data?: unknown };
}

function parseRetryAfter(value: unknown, now: number): number | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

function connectorMessage(data: unknown): string | undefined {
  const error = (data as { error?: { code?: string; message?: string } } | undefined)?.error;
  if (!error) return undefined;
  return [error.code, error.message].filter(Boolean).join(": ") || undefined;
}

/** Keeps status, Retry-After and the connector's error code; drops the request (it holds the bot token). */
export function toConnectorError(error: unknown, now = Date.now()): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const failure = error as HttpFailure;
  if (!failure?.isAxiosError)
    return new ConnectorError((error as Error)?.message ?? String(error), undefined, undefined);
  const status = failure.response?.status;
  const retryAfter = parseRetryAfter(failure.response?.headers?.["retry-after"], now);
  const detail = connectorMessage(failure.response?.data) ?? failure.message;
  return new ConnectorError(`Bot Connector ${status ?? "unreachable"}: ${detail}`, status, retryAfter);
}
