import { isDomainError } from "../../domain/errors";
import { describeError } from "../../i18n";
import { inCountry } from "../../i18n/countries";
import { textMessage } from "../cards/card-kit";
import { escapeMarkdown, tmd } from "../cards/markdown";
import { adoptEmbassyChannel } from "../embassy-channel";
import { addressOf, isPersonal } from "../identity";
import type { CommandTurn } from "../turn";

/**
 * ambassade ici [XX] | use this channel [XX]: an embassy person makes this team channel the place where
 * their country's missions to validate are posted (the country can be omitted when they have only one).
 */
export async function designateEmbassyChannel({ rt, sender, activity, args }: CommandTurn) {
  if (isPersonal(activity)) return textMessage(tmd(sender.locale, "teams.channel.team_only"));
  const country = /^[a-z]{2}$/i.test(args) ? args.toUpperCase() : undefined;
  try {
    const saved = await adoptEmbassyChannel(rt, sender, addressOf(activity), country);
    return textMessage(tmd(sender.locale, "teams.channel.saved", { country: inCountry(saved, sender.locale) }));
  } catch (error) {
    if (!isDomainError(error)) throw error;
    if (error.code === "invalid_input") return textMessage(tmd(sender.locale, "teams.channel.choose"));
    return textMessage(escapeMarkdown(describeError(error, sender.locale)));
  }
}
