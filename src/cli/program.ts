import { isDomainError } from "../domain/errors";
import { describeUnexpected } from "../errors/unexpected";
import { describeError, t } from "../i18n";
import { type CliCommand, type CliDeps, CliRefusal, UsageError } from "./command";
import { delegation } from "./commands/delegation";
import { embassy } from "./commands/embassy";
import { exportCommand } from "./commands/export";
import { importLabels } from "./commands/labels";
import { person } from "./commands/person";
import { grant, prefer, revoke } from "./commands/roles";
import { stats } from "./commands/stats";
import { sweep } from "./commands/sweep";
import { timeline } from "./commands/timeline";

export const COMMANDS: CliCommand[] = [
  grant,
  revoke,
  prefer,
  embassy,
  delegation,
  importLabels,
  exportCommand,
  stats,
  timeline,
  sweep,
  person,
];

function help(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "usage: npm run admin -- <command> [arguments]",
    "",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}\n  ${" ".repeat(width)}  ${c.usage}`),
  ].join("\n");
}

/** Runs one admin command; returns the process exit code (0 ok, 1 refused, 2 usage). */
export async function runCli(
  argv: string[],
  deps: CliDeps,
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  const [name, ...args] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    deps.io.err(
      name && !["help", "--help", "-h"].includes(name)
        ? `${t(deps.locale ?? "fr", "refusal.cli.unknown_command", { name })}\n\n${help(commands)}`
        : help(commands),
    );
    return name && !["help", "--help", "-h"].includes(name) ? 2 : 0;
  }
  try {
    await command.run(args, deps);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      const locale = deps.locale ?? "fr";
      deps.io.err(
        `${t(locale, `refusal.cli.usage.${error.key}`, error.params)}\n${t(locale, "refusal.cli.usage")} npm run admin -- ${command.usage}`,
      );
      return 2;
    }
    if (error instanceof CliRefusal) {
      deps.io.err(t(deps.locale ?? "fr", error.key, error.params));
      return 1;
    }
    if (isDomainError(error)) {
      deps.io.err(describeError(error, deps.locale ?? "fr"));
      return 1;
    }
    // A bug or an outage: the operator gets a reference and a sentence, the stack goes to the log.
    const report = await deps.incidents.report(error, `cli ${command.name}`);
    deps.io.err(
      `${describeUnexpected(report, deps.locale ?? "fr")} ${t(deps.locale ?? "fr", "error.unexpected.debug")}`,
    );
    return 1;
  }
}
