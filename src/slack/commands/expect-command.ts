import type { App } from "@slack/bolt";
import { explainFailure } from "../../errors/unexpected";
import { COMMAND } from "../constants";
import { escapeMrkdwn, tm } from "../mrkdwn";
import type { SlackSurface } from "../surface";
import { helpBlocks } from "../views/help-message";
import { HELP_NAMES, SUBCOMMANDS } from "./index";
import { ephemeral, splitCommand } from "./subcommand";

/**
 * `/expect <sub-command> …`: acked at once (Slack's 3 s), then the caller is identified and the sub-command runs.
 * Whatever happens, the person gets an answer: help, a "not for you", an unknown-command hint or the error.
 */
export function registerExpectCommand(app: App, surface: SlackSurface): void {
  app.command(COMMAND, async ({ ack, command, client, respond, logger }) => {
    await ack();
    let locale: "fr" | "en" = "fr";
    try {
      const caller = await surface.callers.resolve(client, command.user_id);
      if (!caller) {
        await ephemeral(respond, tm(locale, "slack.identity.unknown"));
        return;
      }
      locale = caller.locale;
      const { name, args } = splitCommand(command.text ?? "");
      const allowed = SUBCOMMANDS.filter((s) => s.allowed(caller));
      if (!name || HELP_NAMES.includes(name)) {
        const help = helpBlocks(locale, allowed);
        await ephemeral(respond, help.text, help.blocks);
        return;
      }
      const sub = SUBCOMMANDS.find((s) => s.names.includes(name));
      if (!sub) {
        await ephemeral(respond, tm(locale, "slack.command.unknown", { name }));
        return;
      }
      if (!sub.allowed(caller)) {
        await ephemeral(respond, tm(locale, "slack.command.forbidden", { name }));
        return;
      }
      await sub.run({ caller, args, triggerId: command.trigger_id, client, respond, surface });
    } catch (error) {
      const text = await explainFailure(
        surface.incidents,
        error,
        locale,
        `/expect ${splitCommand(command.text ?? "").name}`,
      );
      await ephemeral(respond, escapeMrkdwn(text)).catch((failure: unknown) =>
        logger.error("Slack could not tell the person of the failure", failure),
      );
    }
  });
}
