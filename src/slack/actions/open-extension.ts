import type { App } from "@slack/bolt";
import { missionDetails } from "../../workflow/slack";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { extensionModal } from "../views/extension-modal";
import { onButton } from "./action-kit";

/** "Ask for more time" on a report reminder: the form that asks for the reason. */
export function registerOpenExtension(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.openExtension,
    onButton(surface, async ({ body, client }, caller, missionId) => {
      const mission = await missionDetails(surface.ctx, missionId);
      await client.views.open({
        trigger_id: body.trigger_id,
        view: extensionModal(caller.locale, missionId, mission.reference),
      });
    }),
  );
}
