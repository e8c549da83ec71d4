import type {
  AckFn,
  App,
  Receiver,
  ReceiverEvent,
  ReceiverProcessEventErrorHandlerArgs,
  SocketModeReceiverProcessEventErrorHandlerArgs,
} from "@slack/bolt";
import type { Logger as PinoLogger } from "pino";
import type { IncidentReporter } from "../errors/unexpected";
import { scrubError } from "./bolt-logger";
import { describePayload, envelopeProblem } from "./envelope";

/** A body that is none of the payloads this app handles: refused before Bolt reads it. */
export class MalformedSlackRequest extends Error {
  constructor(readonly problem: string) {
    super(`Malformed Slack request: ${problem}`);
    this.name = "MalformedSlackRequest";
  }
}

export interface GuardedReceiver extends Receiver {
  /** Resolves when every request received so far has been handled, listeners included: for tests and shutdown. */
  idle(): Promise<void>;
}

/**
 * Without an answer queue (src/http/answer-first.ts; Socket Mode, tests of the bare transport): resumes after the
 * event loop's next pass over the sockets, so that the requests that arrived meanwhile are read first.
 */
const nextLoopPass = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The last safety net between Slack and the listeners, for HTTP and Socket Mode alike. Before Bolt: a body that is
 * not one of our payloads' shapes is refused (HTTP 400, or acknowledged over the socket so Slack does not resend it).
 * After Bolt: a request no listener acknowledged (no listener for it, or one that threw first) is acknowledged with
 * an empty answer at once, rather than Bolt's 404 three seconds later or its 500; anything that still escapes Bolt is
 * logged once with its stack. Listener errors reach `handleListenerError` (installed as Bolt's global error handler).
 */
export function guardReceiver(
  inner: Receiver,
  logger: PinoLogger,
  secrets: readonly string[],
  incidents?: IncidentReporter,
  afterAck: () => Promise<void> = nextLoopPass,
): GuardedReceiver {
  const inFlight = new Set<Promise<void>>();

  const process = (app: App, event: ReceiverEvent): Promise<void> => {
    const problem = envelopeProblem(event.body);
    if (problem) {
      logger.warn(
        { problem, payload: describePayload(event.body) },
        "Slack request refused: not a payload handled here",
      );
      return Promise.reject(new MalformedSlackRequest(problem));
    }
    let acked = false;
    const ack: AckFn<unknown> = async (response) => {
      acked = true;
      await event.ack(response);
      await afterAck();
    };
    const run = app
      .processEvent({ ...event, ack })
      .catch((error: unknown) =>
        reportEscaped(logger, secrets, incidents, error, "Slack request", describePayload(event.body)),
      )
      .then(() => (acked ? undefined : ack(undefined)))
      .catch((error: unknown) =>
        logger.warn({ err: scrubError(error, secrets) }, "Slack request could not be acknowledged"),
      )
      .finally(() => inFlight.delete(run));
    inFlight.add(run);
    return run;
  };

  return {
    init(app: App) {
      // The receivers only call processEvent on what they are given: this one goes through the guard.
      const guarded = Object.create(app) as App;
      guarded.processEvent = (event) => process(app, event);
      inner.init(guarded);
    },
    start: (...args) => inner.start(...args),
    stop: (...args) => inner.stop(...args),
    async idle() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}

/**
 * What escaped every listener's own catch: logged once with its stack and a reference, DAECT alerted once per kind
 * per hour (src/errors/unexpected.ts); without a reporter (a bare transport), logged only.
 */
async function reportEscaped(
  logger: PinoLogger,
  secrets: readonly string[],
  incidents: IncidentReporter | undefined,
  error: unknown,
  where: string,
  payload: unknown,
): Promise<void> {
  const scrubbed = scrubError(error, secrets);
  if (!incidents) {
    logger.error({ err: scrubbed, payload }, `${where} failed`);
    return;
  }
  await incidents.report(scrubbed, where, { payload });
}

/** Bolt's global error handler (extended form): a listener's unexpected error, logged once with its stack. */
export function listenerErrorHandler(logger: PinoLogger, secrets: readonly string[], incidents?: IncidentReporter) {
  return async ({ error, body }: { error: Error; body: unknown }): Promise<void> => {
    // Bolt wraps an error without a code in an UnknownError: the original has the stack worth reading.
    const original = (error as { original?: unknown }).original ?? error;
    await reportEscaped(logger, secrets, incidents, original, "Slack listener", describePayload(body));
  };
}

/** ExpressReceiver's hook for what processEvent rejects with: only a malformed body gets there (see guardReceiver). */
export async function answerMalformedHttp({ response }: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> {
  if (!response.headersSent) {
    response.writeHead(400);
    response.end();
  }
  return true;
}

/** SocketModeReceiver's hook: a malformed envelope is acknowledged, so Slack does not deliver it again. */
export async function acknowledgeMalformedSocket(_args: SocketModeReceiverProcessEventErrorHandlerArgs) {
  return true;
}
