import { reportLostRoute, type WorkflowContext } from "../workflow";
import { markConversationGone } from "./store/teams-conversations";

/** The name of Teams' delivery channel (src/notify), also a person's preferred channel when they hear on Teams. */
export const TEAMS_CHANNEL_NAME = "teams";

/**
 * The bot can no longer post in this conversation: stop routing there, and tell DAECT once (a conversation already
 * marked changes nothing), so someone reinstalls the app or reaches the person another way.
 */
export async function loseConversation(
  ctx: WorkflowContext,
  refId: string,
  reason: "bot_removed" | "forbidden",
  error?: string,
): Promise<void> {
  const gone = await markConversationGone(ctx, refId, error ?? reason);
  if (!gone) return;
  await reportLostRoute(ctx, {
    via: TEAMS_CHANNEL_NAME,
    reason,
    routeKind: gone.kind,
    recipientId: gone.personId,
    embassyCountry: gone.embassyCountry,
    error,
  });
}
