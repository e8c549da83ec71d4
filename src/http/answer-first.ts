import type { ServerResponse } from "node:http";
import type { RequestHandler } from "express";

/**
 * Answers first, the work after them second. The bot runs on one thread: the work a Slack handler does after its
 * ack (the verb, then respond or views.open) keeps the requests that arrived meanwhile from being read, so at 20
 * requests at once the last acks came after twenty handlers' work. Slack gives an ack 3 s and the work after it
 * minutes, so that work waits here while any request of this server is still unanswered, and resumes one handler
 * per pass of the event loop, so that what arrives in between is read and answered before the next one runs.
 * A waiter never waits more than `maxWaitMs`: a request whose own answer takes long (a Teams card built after its
 * verb) delays the work after the acks by that much at most, and a steady stream cannot starve it.
 */
export interface AnswerQueue {
  /** Express middleware, mounted first: counts each request until its answer is written. */
  readonly track: RequestHandler;
  /** Resolves once no request is waiting for its answer (or after `maxWaitMs`), one caller per loop pass. */
  afterAnswers(): Promise<void>;
}

interface Waiter {
  resolve: () => void;
  since: number;
}

export function createAnswerQueue(maxWaitMs = 100): AnswerQueue {
  const open = new Set<ServerResponse>();
  const waiting: Waiter[] = [];
  let scheduled = false;
  let deadline: NodeJS.Timeout | undefined;

  const unanswered = () => {
    for (const res of open) if (!res.writableEnded) return true;
    return false;
  };
  const schedule = () => {
    if (scheduled || waiting.length === 0) return;
    scheduled = true;
    setImmediate(release);
  };
  function release() {
    scheduled = false;
    const first = waiting[0];
    if (!first) return;
    const waited = performance.now() - first.since;
    if (unanswered() && waited < maxWaitMs) {
      // An answer being written calls schedule(); the timer only bounds the wait.
      if (!deadline) {
        deadline = setTimeout(() => {
          deadline = undefined;
          schedule();
        }, maxWaitMs - waited);
      }
      return;
    }
    if (deadline) {
      clearTimeout(deadline);
      deadline = undefined;
    }
    waiting.shift();
    first.resolve();
    schedule();
  }

  return {
    track: (_req, res, next) => {
      open.add(res);
      const done = () => {
        open.delete(res);
        schedule();
      };
      res.once("finish", done);
      res.once("close", done);
      next();
    },
    afterAnswers: () =>
      new Promise<void>((resolve) => {
        waiting.push({ resolve, since: performance.now() });
        schedule();
      }),
  };
}
