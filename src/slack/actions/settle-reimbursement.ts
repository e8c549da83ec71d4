import type { App } from "@slack/bolt";
import { settleReimbursement } from "../../workflow";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { closeButton } from "../views/mission-buttons";
import { onButton, showDone } from "./action-kit";

/** R2: the body paid back; the message then offers to close the file, which no list shows any more. */
export function registerSettleReimbursement(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.settleReimbursement,
    onButton(surface, async (args, caller, missionId) => {
      await settleReimbursement(surface.ctx, caller.actor, { missionId, outcome: "paid" });
      await showDone(args, surface, caller, "slack.done.reimbursementPaid", {
        next: [closeButton(caller.locale, missionId)],
      });
    }),
  );
}
