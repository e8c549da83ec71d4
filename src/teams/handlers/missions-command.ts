import { type MissionSummary, missionsFor } from "../../workflow";
import { cardMessage, textMessage } from "../cards/card-kit";
import { tmd } from "../cards/markdown";
import { isAwaitingConfirmation } from "../cards/mission-confirm-card";
import { missionListCard } from "../cards/mission-list-card";
import type { CommandHandler } from "../turn";

const MAX_LINES = 25;

/** Every open file the person sees, in whatever capacity, once each, by start date. */
function uniqueMissions(lists: Awaited<ReturnType<typeof missionsFor>>): MissionSummary[] {
  const byId = new Map<string, MissionSummary>();
  for (const m of [...lists.mine, ...lists.ofMyBodies, ...lists.ofMyCountries, ...lists.all]) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => a.startDate.localeCompare(b.startDate));
}

/** missions: the open missions that concern the person, as one list card. */
export const listMissions: CommandHandler = async ({ rt, sender }) => {
  const lists = await missionsFor(rt.ctx, sender.actor);
  const missions = uniqueMissions(lists);
  // The verb checks the role again; the list only offers the button where the body's focal point would see it.
  const ofMyBodies = new Set(lists.ofMyBodies.map((m) => m.id));
  if (missions.length === 0) return textMessage(tmd(sender.locale, "teams.missions.none"));
  const lines = missions.slice(0, MAX_LINES).map((m) => ({
    id: m.id,
    reference: m.reference,
    organisation: m.organisation.name,
    countryCode: m.countryCode,
    foreignPartner: m.foreignPartner,
    startDate: m.startDate,
    endDate: m.endDate,
    status: m.status,
    reportDue: m.reportDue,
    confirmable: ofMyBodies.has(m.id) && isAwaitingConfirmation(m.status),
  }));
  return cardMessage(missionListCard({ locale: sender.locale, missions: lines, more: missions.length - lines.length }));
};
