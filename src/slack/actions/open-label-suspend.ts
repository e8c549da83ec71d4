import type { App } from "@slack/bolt";
import { assertAllowed } from "../../domain/roles";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { labelSuspendModal } from "../views/label-modals";
import { onButton } from "./action-kit";

/** "Suspend" on DAECT's App Home opens the form for the suspension's last day and its reason. */
export function registerOpenLabelSuspend(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.openLabelSuspend,
    onButton(surface, async ({ body, client }, caller, value) => {
      assertAllowed("label.revoke", caller);
      const [labelId = "", number = ""] = value.split("|");
      const at = { labelId, number, fromHome: body.view?.type === "home" };
      await client.views.open({
        trigger_id: body.trigger_id,
        view: labelSuspendModal(caller.locale, at, surface.ctx.clock.now()),
      });
    }),
  );
}
