import { isDomainError } from "../../domain/errors";
import { describeError } from "../../i18n";
import { askEmbassyQuestion, missionDetailsFor } from "../../workflow";
import type { CardNotice } from "../cards/card-kit";
import { embassyValidationCard } from "../cards/embassy-validation-card";
import { escapeMarkdown, tmd } from "../cards/markdown";
import { INPUT } from "../constants";
import { type CardActionHandler, field, missionIdOf } from "../turn";

/** Poser une question: the question goes to DAECT's channel (on Slack) through the core. */
export const askQuestionFromCard: CardActionHandler = async ({ rt, sender, data }) => {
  const missionId = missionIdOf(data);
  const question = field(data, INPUT.embassyQuestion);
  let notice: CardNotice = { tone: "info", text: tmd(sender.locale, "teams.embassy.question_sent") };
  try {
    await askEmbassyQuestion(rt.ctx, sender.actor, { missionId, question: question ?? "" });
  } catch (error) {
    if (!isDomainError(error)) throw error;
    notice = { tone: "error", text: escapeMarkdown(describeError(error, sender.locale)) };
  }
  const { mission, can } = await missionDetailsFor(rt.ctx, sender.actor, missionId);
  const typed = notice.tone === "error" ? { question } : undefined;
  return embassyValidationCard({
    mission,
    locale: sender.locale,
    timeZone: sender.timeZone,
    canDecide: can.decideAsEmbassy,
    notice,
    typed,
  });
};
