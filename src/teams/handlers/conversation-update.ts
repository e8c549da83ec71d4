import type { App } from "@microsoft/teams.apps";
import { isDomainError } from "../../domain/errors";
import { toLocale } from "../../i18n";
import { inCountry } from "../../i18n/countries";
import { textMessage } from "../cards/card-kit";
import { escapeMarkdown, tmd } from "../cards/markdown";
import { adoptEmbassyChannel } from "../embassy-channel";
import { explainTeamsFailure } from "../failure-text";
import { addressOf, identifySender, isPersonal, type TeamsSender } from "../identity";
import type { TeamsRuntime } from "../runtime";
import { forgetConversation } from "./forget-conversation";

/**
 * Added to a team by an embassy person of one country: the channel becomes that embassy's channel at
 * once. Anyone else (or staff of several countries) is told to use "ambassade ici" in the right channel.
 */
async function adoptTeamChannel(rt: TeamsRuntime, sender: TeamsSender, activity: Parameters<typeof addressOf>[0]) {
  try {
    const country = await adoptEmbassyChannel(rt, sender, addressOf(activity));
    return tmd(sender.locale, "teams.channel.saved", { country: inCountry(country, sender.locale) });
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return tmd(sender.locale, "teams.welcome.team");
  }
}

/**
 * Installation: Teams adds the bot to a personal chat or a team and says who did it. The installer is
 * linked by e-mail and the conversation remembered, so proactive messages can follow.
 */
export function registerConversationUpdates(app: App, rt: TeamsRuntime): void {
  app.on("conversationUpdate", async (ctx) => {
    const activity = ctx.activity;
    const botId = activity.recipient.id;
    if (activity.membersRemoved?.some((m) => m.id === botId)) {
      await forgetConversation(rt, activity);
      return;
    }
    if (!activity.membersAdded?.some((m) => m.id === botId)) return;
    let sender: TeamsSender | null;
    try {
      sender = await identifySender(rt, activity);
    } catch (error) {
      const text = await explainTeamsFailure(rt, error, toLocale(activity.locale), "Teams installation");
      await ctx.send(textMessage(escapeMarkdown(text)));
      return;
    }
    const locale = sender?.locale ?? toLocale(activity.locale);
    if (isPersonal(activity)) {
      const key = sender ? "teams.welcome.personal" : "teams.identity.unknown";
      await ctx.send(textMessage(tmd(locale, key, { name: sender?.name ?? "" })));
      return;
    }
    const message = sender ? await adoptTeamChannel(rt, sender, activity) : tmd(locale, "teams.welcome.team");
    await ctx.send(textMessage(message));
  });
}
