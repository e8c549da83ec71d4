import type { Logger } from "pino";
import { isSnoozable, snoozeChoices } from "../domain/reminder-policy";
import type { IncidentReporter } from "../errors/unexpected";
import type { AttachmentLinkOptions } from "../http/attachment-link";
import type { FileStore, MissionDetails, WorkflowContext } from "../workflow";
import type { TeamsConnector } from "./connector";
import type { DiplomaLinkOptions } from "./diploma-link";
import { loggableError } from "./sdk-logger";

export interface TeamsDeps {
  ctx: WorkflowContext;
  logger: Logger;
  /** Where unexpected errors are logged with a reference (and DAECT alerted): see src/errors/unexpected.ts. */
  incidents: IncidentReporter;
  /** Defaults to a connector on the app's own HTTP client (createTeamsConnector). */
  connector?: TeamsConnector;
  /** How diploma download links are made; without it a diploma cannot be delivered in Teams. */
  diplomaLinks?: DiplomaLinkOptions;
  /** Where files sent in the personal chat are kept, and the hosts they may be fetched from (TEAMS_FILE_HOSTS). */
  attachments?: TeamsAttachments;
  /**
   * What background work waits for before it starts: the server's answer queue (src/http/answer-first.ts), so the
   * posted copies of a card are updated once the requests waiting for their answers have them. Default: nothing.
   */
  afterAnswers?: () => Promise<void>;
}

export interface TeamsAttachments {
  store: FileStore;
  fileHosts: readonly string[];
  /** How the personal download links of the files a card lists are signed. */
  links: AttachmentLinkOptions;
}

/** What every handler of the Teams surface works with. */
export interface TeamsRuntime {
  ctx: WorkflowContext;
  logger: Logger;
  incidents: IncidentReporter;
  connector: TeamsConnector;
  diplomaLinks: DiplomaLinkOptions | undefined;
  attachments: TeamsAttachments | undefined;
  /** Work started after a turn answered (updating the other copies of a card), so tests can wait for it. */
  background(task: () => Promise<unknown>): void;
  idle(): Promise<void>;
}

export function createRuntime(deps: TeamsDeps, connector: TeamsConnector): TeamsRuntime {
  const pending = new Set<Promise<unknown>>();
  const afterAnswers = deps.afterAnswers ?? (() => Promise.resolve());
  return {
    ctx: deps.ctx,
    logger: deps.logger,
    incidents: deps.incidents,
    connector,
    diplomaLinks: deps.diplomaLinks,
    attachments: deps.attachments,
    background(task) {
      const run = afterAnswers()
        .then(task)
        .catch((error: unknown) => deps.logger.warn({ err: loggableError(error) }, "Teams background task failed"))
        .finally(() => pending.delete(run));
      pending.add(run);
    },
    async idle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

/** The snooze choices to offer now: while the report is due, those that end before its deadline. */
export function snoozeDaysFor(rt: TeamsRuntime, mission: MissionDetails | null): number[] {
  if (!mission || !isSnoozable(mission.status) || !mission.reportDeadline) return [];
  return snoozeChoices(rt.ctx.clock.now(), mission.reportDeadline);
}
