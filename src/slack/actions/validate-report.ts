import type { App } from "@slack/bolt";
import { reviewReport } from "../../workflow";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { onButton, showDone } from "./action-kit";

/** R1: the focal point validates the missionaries' report in one click from the DM that brought it. */
export function registerValidateReport(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.validateReport,
    onButton(surface, async (args, caller, missionId) => {
      await reviewReport(surface.ctx, caller.actor, { missionId, decision: "validate" });
      await showDone(args, surface, caller, "slack.done.reportValidated");
    }),
  );
}
