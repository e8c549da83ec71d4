import type { App } from "@slack/bolt";
import { withdrawApplication } from "../../workflow";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { onButton, showDone } from "./action-kit";

/**
 * §3: the focal point takes the body's application back before the committee decides; the committee's message is
 * drawn again, withdrawn, when the outbox delivers the news to its channel.
 */
export function registerWithdrawApplication(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.withdrawApplication,
    onButton(surface, async (args, caller, applicationId) => {
      await withdrawApplication(surface.ctx, caller.actor, { applicationId });
      await showDone(args, surface, caller, "slack.done.applicationWithdrawn");
    }),
  );
}
