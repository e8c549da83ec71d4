import { embassyChannelCountry, recordEmbassyChannel } from "../workflow";
import type { ConversationAddress } from "./connector";
import type { TeamsSender } from "./identity";
import type { TeamsRuntime } from "./runtime";
import { saveConversation } from "./store/teams-conversations";

/**
 * Makes a team channel the place of a country's embassy cards, if the sender decides for that embassy (the country
 * may be omitted when they have only one): the workflow checks the right and keeps the record, the store the
 * address. Gives back the country; throws the workflow's refusal.
 */
export async function adoptEmbassyChannel(
  rt: TeamsRuntime,
  sender: TeamsSender,
  address: ConversationAddress,
  requested?: string,
): Promise<string> {
  const country = await embassyChannelCountry(rt.ctx, sender.actor, requested);
  const changed = await saveConversation(rt.ctx, address, { kind: "channel", embassyCountry: country });
  if (changed) await recordEmbassyChannel(rt.ctx, sender.actor, { country, place: address.conversationId });
  return country;
}
