import { cardMessage } from "../cards/card-kit";
import { helpCard } from "../cards/help-card";
import { isPersonal } from "../identity";
import type { CommandHandler } from "../turn";

/** aide | help: the commands of this kind of conversation. */
export const showHelp: CommandHandler = async ({ sender, activity }) =>
  cardMessage(helpCard(sender.locale, isPersonal(activity) ? "personal" : "team"));
