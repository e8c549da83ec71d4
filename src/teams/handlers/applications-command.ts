import { withdrawableApplications } from "../../workflow";
import { applicationListCard } from "../cards/application-list-card";
import { cardMessage, textMessage } from "../cards/card-kit";
import { tmd } from "../cards/markdown";
import { isPersonal } from "../identity";
import type { CommandHandler } from "../turn";

/** candidatures | applications: what the person may still take back, in their personal chat (not a channel). */
export const listApplications: CommandHandler = async ({ rt, sender, activity }) => {
  if (!isPersonal(activity)) return textMessage(tmd(sender.locale, "teams.applications.personal_only"));
  const applications = await withdrawableApplications(rt.ctx, sender.actor);
  if (applications.length === 0) return textMessage(tmd(sender.locale, "teams.applications.none"));
  return cardMessage(applicationListCard({ locale: sender.locale, applications }));
};
