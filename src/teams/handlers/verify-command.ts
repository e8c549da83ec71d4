import { describeDiplomaCheck } from "../../i18n/diploma-check";
import { verifyDiploma } from "../../workflow";
import { cardMessage, textMessage } from "../cards/card-kit";
import { diplomaCheckCard } from "../cards/diploma-check-card";
import { tmd } from "../cards/markdown";
import type { CommandHandler } from "../turn";

/** vérifier | verify <numéro>: the diploma's standing, as the public verification page gives it to anyone. */
export const verifyDiplomaNumber: CommandHandler = async ({ rt, sender, args }) => {
  const { locale } = sender;
  if (!args) return textMessage(tmd(locale, "teams.verify.usage"));
  const check = await verifyDiploma(rt.ctx, args);
  if (!check) return textMessage(tmd(locale, "verify.unknown"));
  return cardMessage(diplomaCheckCard(describeDiplomaCheck(check, locale)));
};
