import type { Activity } from "@microsoft/teams.api";
import { recordConversationGone, teamsConversations } from "../../workflow/teams";
import { channelConversationId } from "../identity";
import type { TeamsRuntime } from "../runtime";

/** The bot was uninstalled or removed from a team: stop posting there and let DAECT know. */
export async function forgetConversation(rt: TeamsRuntime, activity: Activity): Promise<void> {
  const conversationId = channelConversationId(activity);
  const [ref] = await teamsConversations(rt.ctx, [conversationId]);
  if (!ref) return;
  await recordConversationGone(rt.ctx, { conversationRefId: ref.refId, reason: "bot_removed" });
}
