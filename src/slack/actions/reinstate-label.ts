import type { App } from "@slack/bolt";
import { reinstateLabel } from "../../workflow";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { onButton, showDone } from "./action-kit";

/** "Lift the suspension" (after Slack's confirmation dialog): the label is valid again at once. */
export function registerReinstateLabel(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.reinstateLabel,
    onButton(surface, async (args, caller, value) => {
      const [labelId = ""] = value.split("|");
      const { value: label } = await reinstateLabel(surface.ctx, caller.actor, { labelId });
      await showDone(args, surface, caller, "slack.done.labelReinstated", { params: { number: label.number } });
    }),
  );
}
