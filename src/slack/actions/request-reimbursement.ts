import type { App } from "@slack/bolt";
import { requestReimbursement } from "../../workflow";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { settleButtons } from "../views/mission-buttons";
import { onButton, showDone } from "./action-kit";

/** R2: from the reimbursement proposal or the App Home, DAECT asks for the recorded costs back; the message then
 * offers to settle the request. */
export function registerRequestReimbursement(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.requestReimbursement,
    onButton(surface, async (args, caller, missionId) => {
      await requestReimbursement(surface.ctx, caller.actor, { missionId });
      await showDone(args, surface, caller, "slack.done.reimbursementRequested", {
        next: settleButtons(caller.locale, missionId),
      });
    }),
  );
}
