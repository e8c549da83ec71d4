import type { App } from "@slack/bolt";
import { closeMission } from "../../workflow";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { onButton, showDone } from "./action-kit";

/** DAECT files a finished mission: report validated, or reimbursement settled. */
export function registerCloseMission(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.closeMission,
    onButton(surface, async (args, caller, missionId) => {
      await closeMission(surface.ctx, caller.actor, { missionId });
      await showDone(args, surface, caller, "slack.done.missionClosed");
    }),
  );
}
