import { isDomainError } from "../../domain/errors";
import { describeError } from "../../i18n";
import { decideAsEmbassy, missionDetailsFor } from "../../workflow";
import { updateEmbassyCards } from "../card-updates";
import type { CardNotice } from "../cards/card-kit";
import { embassyValidationCard } from "../cards/embassy-validation-card";
import { escapeMarkdown } from "../cards/markdown";
import { INPUT } from "../constants";
import { isPersonal } from "../identity";
import { type CardActionHandler, type CardTurn, field, missionIdOf } from "../turn";

async function currentCard(turn: CardTurn, notice?: CardNotice, comment?: string) {
  const { rt, sender } = turn;
  const { mission, can } = await missionDetailsFor(rt.ctx, sender.actor, missionIdOf(turn.data));
  return embassyValidationCard({
    mission,
    locale: sender.locale,
    timeZone: sender.timeZone,
    canDecide: can.decideAsEmbassy,
    notice,
    typed: { comment },
  });
}

/**
 * Valider / Refuser on the embassy card. The core decides (one decision per round on the terms the card
 * showed, the embassy of the mission's country only, a comment to refuse); the clicker gets the card back in its new state, or with
 * the reason it was not accepted, and the posted copies are updated after the answer.
 */
export function decideFromCard(decision: "validate" | "refuse"): CardActionHandler {
  return async (turn) => {
    const { rt, sender, data, activity } = turn;
    const missionId = missionIdOf(data);
    const comment = field(data, INPUT.embassyComment);
    const round = typeof data.round === "number" ? data.round : undefined;
    let decided: Awaited<ReturnType<typeof decideAsEmbassy>>["value"];
    try {
      ({ value: decided } = await decideAsEmbassy(rt.ctx, sender.actor, { missionId, decision, comment, round }));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return currentCard(turn, { tone: "error", text: escapeMarkdown(describeError(error, sender.locale)) }, comment);
    }
    // In a personal chat the answer replaces the clicker's copy; in a channel others read that copy too.
    const answered = isPersonal(activity) ? activity.replyToId : undefined;
    // The verb hands back the mission as decided: neither this answer nor the posted copies read it again.
    const { mission, can } = decided;
    rt.background(() => updateEmbassyCards(rt, mission, answered));
    return embassyValidationCard({
      mission,
      locale: sender.locale,
      timeZone: sender.timeZone,
      canDecide: can.decideAsEmbassy,
    });
  };
}
