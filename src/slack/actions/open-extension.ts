import type { App } from "@slack/bolt";
import { missionDetailsFor } from "../../workflow";
import { ACTIONS } from "../constants";
import { tm } from "../mrkdwn";
import type { SlackSurface } from "../surface";
import { extensionModal } from "../views/extension-modal";
import { t } from "../words";
import { onButton, tell } from "./action-kit";

/** "Ask for more time" on a report reminder: the form that asks for the reason, for whoever may ask it. */
export function registerOpenExtension(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.openExtension,
    onButton(surface, async (args, caller, missionId) => {
      const { body, client } = args;
      const { mission, can } = await missionDetailsFor(surface.ctx, caller.actor, missionId);
      if (!can.requestExtension) {
        const name = t(caller.locale, "slack.action.requestExtension");
        await tell(args, tm(caller.locale, "slack.command.forbidden", { name }));
        return;
      }
      await client.views.open({
        trigger_id: body.trigger_id,
        view: extensionModal(caller.locale, missionId, mission.reference),
      });
    }),
  );
}
