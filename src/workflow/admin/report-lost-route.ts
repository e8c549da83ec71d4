import { z } from "zod";
import type { WorkflowContext } from "../context";
import { queueNotifications } from "../notifications";
import { ZChannelName } from "../people";
import { inTransaction } from "../run";
import { parseInput, ZOptionalText } from "../validate";

export const ZLostRouteInput = z.object({
  /** The delivery channel that lost it (its name, as notify knows it). */
  via: ZChannelName,
  /** Why: "bot_removed" (uninstalled) or "forbidden" (a 403 / 404 on a send). */
  reason: z.enum(["bot_removed", "forbidden"]),
  /** personal (a person's chat) or channel (an embassy's shared place). */
  routeKind: z.enum(["personal", "channel"]),
  recipientId: z.string().nullable(),
  embassyCountry: z.string().nullable(),
  error: ZOptionalText(500),
});

/**
 * A surface can no longer post to a person's chat or an embassy's place (it stopped routing there itself): DAECT is
 * told, so someone reinstalls the app or reaches the person another way. The surface calls this once per route lost.
 */
export async function reportLostRoute(ctx: WorkflowContext, rawInput: z.input<typeof ZLostRouteInput>): Promise<void> {
  const input = parseInput(ZLostRouteInput, rawInput);
  await inTransaction(ctx, (tx, now) =>
    queueNotifications(tx, now, [
      {
        kind: "delivery_failed",
        channel: "daect",
        data: {
          cause: "conversation_gone",
          via: input.via,
          reason: input.reason,
          conversationKind: input.routeKind,
          recipientId: input.recipientId,
          embassyCountry: input.embassyCountry,
          error: input.error,
        },
      },
    ]),
  );
}
