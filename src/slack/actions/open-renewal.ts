import type { App } from "@slack/bolt";
import { ACTIONS } from "../constants";
import { openRenewalForm } from "../open-forms";
import type { SlackSurface } from "../surface";
import { onButton } from "./action-kit";

/** "Renouveler" on a label's warning: the application form, filled in from the previous file. */
export function registerOpenRenewal(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.openRenewal,
    onButton(surface, async ({ body, client }, caller, labelId) => {
      await openRenewalForm(client, surface, body.trigger_id, caller, labelId);
    }),
  );
}
