import { readerZone } from "../i18n";
import type { MissionDetails } from "../workflow/queries/mission-details";
import { cardMessage } from "./cards/card-kit";
import { embassyValidationCard } from "./cards/embassy-validation-card";
import { toConnectorError } from "./connector-error";
import { loseConversation } from "./lose-conversation";
import type { TeamsRuntime } from "./runtime";
import { teamsConversations } from "./store/teams-conversations";
import { postedCardsOf } from "./store/teams-posted-cards";

/**
 * Puts every posted copy of a mission's embassy card in the mission's current state: after a decision
 * the buttons go away everywhere and each copy says who decided and when. The copy the click came from
 * is skipped: the invoke response already replaced it. A conversation the bot was removed from is
 * recorded (DAECT is told once); other failures only cost a stale copy, which the card's refresh fixes. The mission
 * is the one the decision returned, as the embassy that decided sees it: the copies are for that embassy.
 */
export async function updateEmbassyCards(rt: TeamsRuntime, mission: MissionDetails, exceptActivityId?: string) {
  const missionId = mission.id;
  const copies = (await postedCardsOf(rt.ctx, missionId, "embassy_validation_requested")).filter(
    (copy) => copy.activityId !== exceptActivityId,
  );
  if (copies.length === 0) return;
  const addresses = await teamsConversations(
    rt.ctx,
    copies.map((c) => c.conversationId),
  );
  const byId = new Map(addresses.map((a) => [a.conversationId, a]));
  for (const copy of copies) {
    const address = byId.get(copy.conversationId);
    if (!address) continue;
    const timeZone = readerZone(address.timeZone, rt.ctx.settings.defaultTimeZone);
    const card = embassyValidationCard({ mission, locale: address.locale, timeZone, canDecide: true });
    try {
      await rt.connector.updateActivity(address, copy.activityId, cardMessage(card));
    } catch (error) {
      const failure = toConnectorError(error);
      rt.logger.warn({ missionId, conversationId: copy.conversationId, status: failure.status }, failure.message);
      // A 404 here may only mean the message was deleted; a 403 means the bot is out of the conversation.
      if (failure.status === 403) {
        await loseConversation(rt.ctx, address.refId, "forbidden", failure.message);
      }
    }
  }
}
