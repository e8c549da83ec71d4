import { isDomainError } from "../../domain/errors";
import { describeError } from "../../i18n";
import { confirmMission, missionDetailsFor } from "../../workflow";
import type { CardNotice } from "../cards/card-kit";
import { escapeMarkdown } from "../cards/markdown";
import { missionConfirmCard } from "../cards/mission-confirm-card";
import { type CardActionHandler, missionIdOf } from "../turn";

/** §3: the body's focal point confirms the mission through the verb Slack's button calls; the card shows the outcome. */
export const confirmMissionFromCard: CardActionHandler = async ({ rt, sender, data }) => {
  const missionId = missionIdOf(data);
  let notice: CardNotice | undefined;
  try {
    await confirmMission(rt.ctx, sender.actor, { missionId });
  } catch (error) {
    if (!isDomainError(error)) throw error;
    notice = { tone: "error", text: escapeMarkdown(describeError(error, sender.locale)) };
  }
  const { mission, can } = await missionDetailsFor(rt.ctx, sender.actor, missionId);
  return missionConfirmCard({ mission, locale: sender.locale, canConfirm: can.confirm, notice });
};
