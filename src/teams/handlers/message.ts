import type { App } from "@microsoft/teams.apps";
import { toLocale } from "../../i18n";
import { textMessage } from "../cards/card-kit";
import { escapeMarkdown, tmd } from "../cards/markdown";
import { normaliseCommandText, parseCommand } from "../commands";
import type { CommandId } from "../constants";
import { explainTeamsFailure } from "../failure-text";
import { identifySender } from "../identity";
import type { TeamsRuntime } from "../runtime";
import type { CommandHandler } from "../turn";
import { listApplications } from "./applications-command";
import { openApplicationForm } from "./apply-command";
import { delegateFromChat } from "./delegation-command";
import { sendDiplomaLinks } from "./diploma-command";
import { designateEmbassyChannel } from "./embassy-channel-command";
import { filesOf, receiveFiles } from "./file-message";
import { showHelp } from "./help-command";
import { listMissions } from "./missions-command";
import { listPending } from "./pending-command";
import { openSolicitationForm } from "./solicitation-command";
import { verifyDiplomaNumber } from "./verify-command";

const COMMAND_HANDLERS: Record<CommandId, CommandHandler> = {
  help: showHelp,
  apply: openApplicationForm,
  applications: listApplications,
  solicitation: openSolicitationForm,
  diploma: sendDiplomaLinks,
  missions: listMissions,
  pending: listPending,
  embassy_channel: designateEmbassyChannel,
  verify: verifyDiplomaNumber,
  delegation: delegateFromChat,
};

/** A message to the bot: one of the chat commands, else a pointer to the help. */
export function registerMessages(app: App, rt: TeamsRuntime): void {
  app.on("message", async (ctx) => {
    const activity = ctx.activity;
    let locale = toLocale(activity.locale);
    try {
      const sender = await identifySender(rt, activity);
      if (!sender) {
        await ctx.send(textMessage(tmd(locale, "teams.identity.unknown")));
        return;
      }
      locale = sender.locale;
      if (filesOf(activity).length > 0) {
        await ctx.send(await receiveFiles(rt, sender, activity));
        return;
      }
      const command = parseCommand(activity.text);
      const reply = command
        ? await COMMAND_HANDLERS[command.id]({ rt, sender, activity, args: command.args })
        : textMessage(tmd(locale, "teams.unknown_command", { text: normaliseCommandText(activity.text).slice(0, 80) }));
      await ctx.send(reply);
    } catch (error) {
      await ctx.send(textMessage(escapeMarkdown(await explainTeamsFailure(rt, error, locale, "Teams message"))));
    }
  });
}
