import type { App } from "@slack/bolt";
import { decideApplication } from "../../workflow";
import { refreshCommitteeMessage } from "../committee-post";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { onButton } from "./action-kit";

/** L7: a committee member approves from the committee's message; the message then names who decided and when. */
export function registerCommitteeApprove(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.committeeApprove,
    onButton(surface, async ({ body, client }, caller, applicationId) => {
      await decideApplication(surface.ctx, caller.actor, { applicationId, decision: "approve" });
      await refreshCommitteeMessage(client, surface.ctx, applicationId, {
        channel: body.channel?.id,
        ts: body.message?.ts,
      });
    }),
  );
}
