import type { App } from "@slack/bolt";
import { isAllowed } from "../../domain/roles";
import { messageArgs } from "../blocks";
import { ACTIONS } from "../constants";
import { tm } from "../mrkdwn";
import { openApplicationForm, openMissionForm, openSolicitationForm } from "../open-forms";
import type { SlackSurface } from "../surface";
import { onButton } from "./action-kit";

const HOME_FORMS = new RegExp(`^(${ACTIONS.openApplication}|${ACTIONS.openMission}|${ACTIONS.openSolicitation})$`);

/** The App Home's buttons open the same forms as `/expect candidature`, `mission` and `sollicitation`. */
export function registerOpenHomeForms(app: App, surface: SlackSurface): void {
  app.action(
    HOME_FORMS,
    onButton(surface, async ({ action, body, client }, caller) => {
      const trigger = body.trigger_id;
      if (action.action_id === ACTIONS.openApplication) return openApplicationForm(client, trigger, caller);
      if (action.action_id === ACTIONS.openSolicitation) return openSolicitationForm(client, surface, trigger, caller);
      if (!isAllowed("mission.open", caller)) {
        await client.chat.postMessage({
          channel: caller.slackUserId,
          ...messageArgs({ text: tm(caller.locale, "slack.command.forbidden", { name: "mission" }) }),
        });
        return;
      }
      await openMissionForm(client, surface, trigger, caller);
    }),
  );
}
