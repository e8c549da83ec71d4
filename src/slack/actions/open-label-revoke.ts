import type { App } from "@slack/bolt";
import { assertAllowed } from "../../domain/roles";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { labelRevokeModal } from "../views/label-modals";
import { onButton } from "./action-kit";

/** "Revoke the label" on DAECT's App Home opens the form for the reason the core requires. */
export function registerOpenLabelRevoke(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.openLabelRevoke,
    onButton(surface, async ({ body, client }, caller, value) => {
      assertAllowed("label.revoke", caller);
      const [labelId = "", number = ""] = value.split("|");
      await client.views.open({
        trigger_id: body.trigger_id,
        view: labelRevokeModal(caller.locale, { labelId, number, fromHome: body.view?.type === "home" }),
      });
    }),
  );
}
