import type { IncidentReporter } from "../errors/unexpected";
import type { CoreKey, Locale } from "../i18n";
import type { PersonalDataHolder } from "../workflow";
import type { WorkflowContext } from "../workflow/context";
import { operatorActor } from "../workflow/operator";

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  readFile(path: string): string;
  writeFile(path: string, content: string): void;
}

export interface CliDeps {
  ctx: WorkflowContext;
  io: CliIo;
  /** The default time zone of people (TZ_DEFAULT), for commands that reason about people's time. */
  timeZone: string;
  /** The operator's language for refusals (from LANG), French by default. */
  locale?: Locale;
  /** Logs an unexpected error with its reference (main.ts: to stderr only with DEBUG). */
  incidents: IncidentReporter;
  /** What the surfaces keep about people, for `person export|erase` (src/personal-data.ts). */
  personalData: readonly PersonalDataHolder[];
}

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  run(args: string[], deps: CliDeps): Promise<void>;
}

/** The operator at the command line administers the installation (see loadActor). */
export const CLI_ACTOR = operatorActor("cli");

/** The command line was not what the command takes: worded from the catalogue, followed by the command's usage. */
export class UsageError extends Error {
  constructor(
    readonly key: UsageKey,
    readonly params: Record<string, string> = {},
  ) {
    super(key);
    this.name = "UsageError";
  }
}

export type UsageKey =
  | "mission_required"
  | "bad_at"
  | "unknown_argument"
  | "at_needs_dry_run"
  | "email_and_role"
  | "email_and_channel"
  | "choose_export"
  | "choose_grouping"
  | "csv_required"
  | "embassy_arguments"
  | "delegation_arguments"
  | "person_arguments"
  | "erase_needs_yes";

/** The operator asked for something that cannot be done (a file that cannot be read): worded from the catalogue. */
export class CliRefusal extends Error {
  constructor(
    readonly key: CoreKey,
    readonly params: Record<string, string> = {},
  ) {
    super(key);
    this.name = "CliRefusal";
  }
}
