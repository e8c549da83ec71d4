import type { App } from "@slack/bolt";
import { confirmMission } from "../../workflow";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { onButton, showDone } from "./action-kit";

/** §3: after the embassy's validation, the labelled body confirms that it goes. */
export function registerConfirmMission(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.confirmMission,
    onButton(surface, async (args, caller, missionId) => {
      await confirmMission(surface.ctx, caller.actor, { missionId });
      await showDone(args, surface, caller, "slack.done.missionConfirmed");
    }),
  );
}
