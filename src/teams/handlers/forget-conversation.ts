import type { Activity } from "@microsoft/teams.api";
import { channelConversationId } from "../identity";
import { loseConversation } from "../lose-conversation";
import type { TeamsRuntime } from "../runtime";
import { teamsConversations } from "../store/teams-conversations";

/** The bot was uninstalled or removed from a team: stop posting there and let DAECT know. */
export async function forgetConversation(rt: TeamsRuntime, activity: Activity): Promise<void> {
  const conversationId = channelConversationId(activity);
  const [ref] = await teamsConversations(rt.ctx, [conversationId]);
  if (!ref) return;
  await loseConversation(rt.ctx, ref.refId, "bot_removed");
}
