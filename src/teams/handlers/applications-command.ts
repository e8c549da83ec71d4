import { withdrawableApplications } from "../../workflow/teams";
import { applicationListCard } from "../cards/application-list-card";
import { cardMessage, textMessage } from "../cards/card-kit";
import { tmd } from "../cards/markdown";
import type { CommandHandler } from "../turn";

/** candidatures | applications: what the person may still take back before the committee decides. */
export const listApplications: CommandHandler = async ({ rt, sender }) => {
  const applications = await withdrawableApplications(rt.ctx, sender.actor);
  if (applications.length === 0) return textMessage(tmd(sender.locale, "teams.applications.none"));
  return cardMessage(applicationListCard({ locale: sender.locale, applications }));
};
