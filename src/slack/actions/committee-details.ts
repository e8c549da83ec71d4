import type { App } from "@slack/bolt";
import { isAllowed } from "../../domain/roles";
import { applicationView } from "../../workflow";
import { ACTIONS } from "../constants";
import { tm } from "../mrkdwn";
import { openModal } from "../reply";
import type { SlackSurface } from "../surface";
import { detailsModal } from "../views/committee-modals";
import { onButton, tell } from "./action-kit";
import { stoppedByTies } from "./committee-standing";

/**
 * "Voir le dossier": the file as this member reads it, once they have declared their ties; a tied member reads it
 * marked, and may not act on it.
 */
export function registerCommitteeDetails(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.committeeDetails,
    onButton(surface, async (args, caller, applicationId) => {
      if (!isAllowed("application.decide", caller)) {
        await tell(args, tm(caller.locale, "slack.committee.notMember"));
        return;
      }
      const view = await applicationView(surface.ctx, caller.actor, applicationId);
      if (await stoppedByTies(args, surface, caller, view, { tiedMayRead: true })) return;
      await openModal(args.client, args.body.trigger_id, detailsModal(caller.locale, view));
    }),
  );
}
