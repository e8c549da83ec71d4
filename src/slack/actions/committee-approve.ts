import type { App } from "@slack/bolt";
import { isAllowed } from "../../domain/roles";
import { applicationView, decideApplication } from "../../workflow";
import { refreshCommitteeMessage } from "../committee-post";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { lateClickText } from "../views/committee-message";
import { onButton, tell } from "./action-kit";
import { stoppedByTies } from "./committee-standing";

/**
 * L7: a committee member approves from the committee's message; the message then names who decided and when. A
 * second click changes nothing and the clicker is told who approved and when.
 */
export function registerCommitteeApprove(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.committeeApprove,
    onButton(surface, async (args, caller, applicationId) => {
      const { body, client } = args;
      // Only a member has ties to declare; anyone else hears the verb's own refusal.
      if (isAllowed("application.decide", caller)) {
        const view = await applicationView(surface.ctx, caller.actor, applicationId);
        if (!view.decision && (await stoppedByTies(args, surface, caller, view))) return;
      }
      const { changed } = await decideApplication(surface.ctx, caller.actor, { applicationId, decision: "approve" });
      const drawn = await refreshCommitteeMessage(client, surface.ctx, applicationId, {
        channel: body.channel?.id,
        ts: body.message?.ts,
      });
      const late = !changed && drawn ? lateClickText(caller.locale, drawn.view, "decide") : null;
      if (late) await tell(args, late);
    }),
  );
}
