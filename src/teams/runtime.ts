import type { Logger } from "pino";
import { snoozeChoices } from "../domain/reminder-policy";
import type { Actor, VerbResult, WorkflowContext } from "../workflow";
import type { TeamsConnector } from "./connector";

/** The scheduler's snooze verb, once wired: the snooze buttons are shown only when it is. */
export type SnoozeVerb = (
  ctx: WorkflowContext,
  actor: Actor,
  input: { missionId: string; days: number },
) => Promise<VerbResult<{ until: Date }>>;

export interface TeamsDeps {
  ctx: WorkflowContext;
  logger: Logger;
  /** Defaults to a connector on the app's own HTTP client (createTeamsConnector). */
  connector?: TeamsConnector;
  snoozeReminders?: SnoozeVerb;
}

/** What every handler of the Teams surface works with. */
export interface TeamsRuntime {
  ctx: WorkflowContext;
  logger: Logger;
  connector: TeamsConnector;
  snoozeReminders?: SnoozeVerb;
  /** Personal conversations already saved by this process: a turn saves its conversation once. */
  savedConversations: Set<string>;
  /** Work started after a turn answered (updating the other copies of a card), so tests can wait for it. */
  background(task: () => Promise<unknown>): void;
  idle(): Promise<void>;
}

export function createRuntime(deps: TeamsDeps, connector: TeamsConnector): TeamsRuntime {
  const pending = new Set<Promise<unknown>>();
  return {
    ctx: deps.ctx,
    logger: deps.logger,
    connector: deps.connector ?? connector,
    snoozeReminders: deps.snoozeReminders,
    savedConversations: new Set(),
    background(task) {
      const run = task()
        .catch((error: unknown) => deps.logger.warn({ err: error }, "Teams background task failed"))
        .finally(() => pending.delete(run));
      pending.add(run);
    },
    async idle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

/** The snooze choices to offer now (within the deadline): none until the scheduler's snooze verb is wired in. */
export function snoozeDaysFor(rt: TeamsRuntime, reportDeadline: string | null): number[] {
  return rt.snoozeReminders && reportDeadline ? snoozeChoices(rt.ctx.clock.now(), reportDeadline) : [];
}
