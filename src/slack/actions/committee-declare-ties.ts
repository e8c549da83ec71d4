import type { App } from "@slack/bolt";
import { isAllowed } from "../../domain/roles";
import { committeeTiesForm } from "../../workflow";
import { ACTIONS } from "../constants";
import { tm } from "../mrkdwn";
import { openModal } from "../reply";
import type { SlackSurface } from "../surface";
import { tiesModal } from "../views/committee-modals";
import { onButton, tell } from "./action-kit";

/** "Déclarer mes liens", on the committee's message or the invitation: the declaration form, as last declared. */
export function registerCommitteeDeclareTies(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.committeeDeclareTies,
    onButton(surface, async (args, caller) => {
      if (!isAllowed("committee.declare_ties", caller)) {
        await tell(args, tm(caller.locale, "slack.committee.notMember"));
        return;
      }
      const form = await committeeTiesForm(surface.ctx, caller.actor);
      await openModal(args.client, args.body.trigger_id, tiesModal(caller.locale, form));
    }),
  );
}
