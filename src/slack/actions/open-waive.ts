import type { App } from "@slack/bolt";
import { assertAllowed } from "../../domain/roles";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { waiveModal } from "../views/mission-step-modals";
import { onButton } from "./action-kit";

/** R2: "give up the request" opens a small form for an optional note; someone else is told at once. */
export function registerOpenWaive(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.openWaive,
    onButton(surface, async ({ body, client }, caller, missionId) => {
      assertAllowed("reimbursement.manage", caller);
      await client.views.open({
        trigger_id: body.trigger_id,
        view: waiveModal(caller.locale, { missionId, fromHome: body.view?.type === "home" }),
      });
    }),
  );
}
