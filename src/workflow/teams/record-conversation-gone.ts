import { z } from "zod";
import type { WorkflowContext } from "../context";
import { queueNotifications } from "../notifications";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId, ZOptionalText } from "../validate";

export const ZConversationGoneInput = z.object({
  conversationRefId: ZId,
  error: ZOptionalText(500),
  /** Why it is gone, for DAECT: "bot_removed" (uninstalled) or "forbidden" (a 403 / 404 on a send). */
  reason: z.enum(["bot_removed", "forbidden"]),
});

/**
 * The bot can no longer post in this conversation: stop routing there, and tell DAECT once so someone
 * reinstalls the app or reaches the person another way. A conversation already marked changes nothing.
 */
export async function recordConversationGone(
  ctx: WorkflowContext,
  rawInput: z.input<typeof ZConversationGoneInput>,
): Promise<VerbResult<{ conversationRefId: string }>> {
  const input = parseInput(ZConversationGoneInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const ref = await tx.conversationRef.findUnique({ where: { id: input.conversationRefId } });
    const value = { conversationRefId: input.conversationRefId };
    if (!ref) return { changed: false, value };
    const { count } = await tx.conversationRef.updateMany({
      where: { id: ref.id, status: "active" },
      data: { status: "removed", lastError: input.error ?? input.reason },
    });
    if (count === 0) return { changed: false, value };
    await queueNotifications(tx, now, [
      {
        kind: "delivery_failed",
        channel: "daect",
        data: {
          cause: "conversation_gone",
          platform: "teams",
          reason: input.reason,
          conversationKind: ref.kind,
          recipientId: ref.personId,
          embassyCountry: ref.embassyCountry,
          error: input.error,
        },
      },
    ]);
    return { changed: true, value };
  });
}
