import { createHash, randomInt } from "node:crypto";
import type { Logger } from "pino";
import { isDomainError } from "../domain/errors";
import { describeError, type Locale, t } from "../i18n";
import { isError, serializeError } from "../logger";
import type { WorkflowContext } from "../workflow/context";
import { alertDaectOnce } from "../workflow/incidents/alert-daect";

// Crockford's base 32: no I, L, O or U, so a reference read aloud or retyped is not misread.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A short reference a person can quote, e.g. 7KQ2-M9XD: the log line with the stack carries the same. */
export function newReference(): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`;
}

/** What kind of error this is: its name and the first frame of our code in its stack, and a key for both. */
export function errorKind(error: unknown): { key: string; summary: string } {
  const name = isError(error) ? error.name : typeof error;
  const stack = isError(error) ? (error.stack ?? "") : "";
  const frames = stack.split("\n").filter((line) => line.trimStart().startsWith("at "));
  // Our own first frame tells two faults apart where a library's (Prisma's, an SDK's) would merge them.
  const ours = frames.find((line) => !/node_modules|\(node:|at node:/.test(line));
  const frame = (ours ?? frames[0])
    ?.trim()
    .replace(/^at /, "")
    .replaceAll(process.cwd(), ".")
    // The column moves with any edit of the line; the line is enough to tell two places apart.
    .replace(/:\d+\)?$/, (end) => (end.endsWith(")") ? ")" : ""));
  const summary = frame ? `${name} at ${frame}` : name;
  return { key: createHash("sha256").update(summary).digest("hex").slice(0, 16), summary };
}

export interface UnexpectedReport {
  reference: string;
  /** True only when DAECT's channel will get (or already got this hour) an alert about this kind of error. */
  daectTold: boolean;
}

export interface IncidentReporter {
  /** Logs the error once, with its stack and a new reference, and alerts DAECT once per kind per hour. */
  report(error: unknown, where: string, fields?: Record<string, unknown>): Promise<UnexpectedReport>;
}

export interface IncidentReporterOptions {
  ctx: WorkflowContext;
  logger: Logger;
  /** Which surface meets the errors: slack, teams, cli. */
  surface: string;
  /** Whether an alert to DAECT's channel can be delivered at all (a Slack DAECT channel is configured). */
  alertsDaect: boolean;
}

export function createIncidentReporter(options: IncidentReporterOptions): IncidentReporter {
  const { ctx, logger, surface } = options;
  return {
    async report(error, where, fields = {}) {
      const reference = newReference();
      const { key, summary } = errorKind(error);
      let daectTold = false;
      if (options.alertsDaect) {
        try {
          daectTold = await alertDaectOnce(ctx, { kind: key, reference, surface, where, summary });
        } catch (alertError) {
          // The database may be what failed: the person is then not told that DAECT knows.
          logger.error(
            { err: serializeError(alertError), reference },
            "DAECT could not be alerted of an unexpected error",
          );
        }
      }
      logger.error(
        { err: serializeError(error), reference, incident: key, where, daectTold, ...fields },
        `Unexpected error (réf. ${reference})`,
      );
      return { reference, daectTold };
    },
  };
}

/** What the person reads: the reference to quote, and that DAECT was told only when it was. */
export function describeUnexpected(report: UnexpectedReport, locale: Locale): string {
  return t(locale, report.daectTold ? "error.unexpected.told" : "error.unexpected", { reference: report.reference });
}

/**
 * Any failure as words for the person: a domain refusal explained; anything else (a ZodError, a bug, an outage) is
 * reported as unexpected, with a reference, and never shown as its own text.
 */
export async function explainFailure(
  reporter: IncidentReporter,
  error: unknown,
  locale: Locale,
  where: string,
  fields?: Record<string, unknown>,
): Promise<string> {
  if (isDomainError(error)) return describeError(error, locale);
  return describeUnexpected(await reporter.report(error, where, fields), locale);
}
