import { dateIn } from "../../domain/time";
import { solicitationBodies } from "../../workflow";
import { cardMessage, textMessage } from "../cards/card-kit";
import { tmd } from "../cards/markdown";
import { solicitationFormCard } from "../cards/solicitation-form-card";
import { isPersonal } from "../identity";
import type { CommandHandler } from "../turn";

/** sollicitation | solicitation: the declaration form for the person's labelled bodies, in their personal chat. */
export const openSolicitationForm: CommandHandler = async ({ rt, sender, activity }) => {
  if (!isPersonal(activity)) return textMessage(tmd(sender.locale, "teams.solicitation.personal_only"));
  const bodies = await solicitationBodies(rt.ctx, sender.actor);
  if (bodies.length === 0) return textMessage(tmd(sender.locale, "teams.solicitation.none"));
  return cardMessage(solicitationFormCard({ locale: sender.locale, bodies, today: dateIn(rt.ctx.clock.now()) }));
};
