import type { App } from "@slack/bolt";
import { assertAllowed } from "../../domain/roles";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { cancelModal } from "../views/mission-step-modals";
import { onButton } from "./action-kit";

/** §3: "cancel the mission" opens the form for the reason the core requires; someone else is told at once. */
export function registerOpenCancel(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.openCancel,
    onButton(surface, async ({ body, client }, caller, value) => {
      assertAllowed("mission.cancel", caller);
      const [missionId = "", reference = ""] = value.split("|");
      await client.views.open({
        trigger_id: body.trigger_id,
        view: cancelModal(caller.locale, { missionId, fromHome: body.view?.type === "home" }, reference),
      });
    }),
  );
}
