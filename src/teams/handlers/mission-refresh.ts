import { missionDetailsFor } from "../../workflow";
import { embassyValidationCard } from "../cards/embassy-validation-card";
import { type CardActionHandler, missionIdOf } from "../turn";

/**
 * The card's refresh: Teams asks it when someone views the embassy card, so each viewer sees the current
 * state, with the buttons only if they may decide. Someone not allowed to see the mission gets the error.
 */
export const refreshMissionCard: CardActionHandler = async ({ rt, sender, data }) => {
  const { mission, can } = await missionDetailsFor(rt.ctx, sender.actor, missionIdOf(data));
  return embassyValidationCard({
    mission,
    locale: sender.locale,
    timeZone: sender.timeZone,
    canDecide: can.decideAsEmbassy,
  });
};
