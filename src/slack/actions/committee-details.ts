import type { App } from "@slack/bolt";
import { isAllowed } from "../../domain/roles";
import { applicationView } from "../../workflow";
import { ACTIONS } from "../constants";
import { tm } from "../mrkdwn";
import { openModal } from "../reply";
import { linksFor } from "../slack-attachments";
import type { SlackSurface } from "../surface";
import { detailsModal } from "../views/committee-modals";
import { onButton, tell } from "./action-kit";
import { stoppedByTies } from "./committee-standing";

/**
 * "Voir le dossier": the file, which the committee's message only sums up, to a member who has declared their ties
 * and is not tied to the body; a tied member is told it is not shown to them.
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
      if (await stoppedByTies(args, surface, caller, view, { reading: true })) return;
      const modal = detailsModal(caller.locale, view, linksFor(surface, caller, view.attachments));
      await openModal(args.client, args.body.trigger_id, modal);
    }),
  );
}
