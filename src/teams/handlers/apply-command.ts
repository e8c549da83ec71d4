import { applicationFormCard } from "../cards/application-form-card";
import { cardMessage, textMessage } from "../cards/card-kit";
import { tmd } from "../cards/markdown";
import { isPersonal } from "../identity";
import type { CommandHandler } from "../turn";

/** candidature | apply: the application form, as a card in the personal chat (not a channel everyone reads). */
export const openApplicationForm: CommandHandler = async ({ sender, activity }) =>
  isPersonal(activity)
    ? cardMessage(applicationFormCard({ locale: sender.locale }))
    : textMessage(tmd(sender.locale, "teams.application.personal_only"));
