import { labelsOfBodies } from "../../workflow";
import { cardMessage, textMessage } from "../cards/card-kit";
import { tmd } from "../cards/markdown";
import { diplomaDownloadCard } from "../cards/notification-card";
import { MAX_CARDS_PER_MESSAGE } from "../constants";
import { diplomaLink } from "../diploma-link";
import { isPersonal } from "../identity";
import type { CommandHandler } from "../turn";

/**
 * diplôme | diploma: a fresh signed link to the diploma of each body whose focal point types it, for when the link
 * of the approval card has expired. Personal chat only: the link downloads as this person.
 */
export const sendDiplomaLinks: CommandHandler = async ({ rt, sender, activity }) => {
  const { locale } = sender;
  if (!isPersonal(activity)) return textMessage(tmd(locale, "teams.diploma.personal_only"));
  if (!rt.diplomaLinks) return textMessage(tmd(locale, "teams.diploma.unavailable"));
  const { personId } = sender.actor;
  const current = (await labelsOfBodies(rt.ctx, sender.actor)).filter((b) => b.status === "active");
  if (current.length === 0) return textMessage(tmd(locale, "teams.diploma.none"));
  const now = rt.ctx.clock.now();
  const links = rt.diplomaLinks;
  return cardMessage(
    current.slice(0, MAX_CARDS_PER_MESSAGE).map((body) =>
      diplomaDownloadCard({
        locale,
        organisation: body.organisation,
        labelNumber: body.number ?? "",
        link: body.labelId ? diplomaLink(links, { labelId: body.labelId, personId }, now) : undefined,
      }),
    ),
  );
};
