import type { App } from "@slack/bolt";
import { isAllowed } from "../../domain/roles";
import { t } from "../../i18n";
import { applicationView } from "../../workflow/slack";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { rejectModal } from "../views/decision-modals";
import { onButton } from "./action-kit";

/** A rejection needs its reason (L7: the result is notified): the button opens a modal that asks for it. */
export function registerCommitteeReject(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.committeeReject,
    onButton(surface, async ({ body, client }, caller, applicationId) => {
      if (!isAllowed("application.decide", caller)) {
        await client.chat.postEphemeral({
          channel: body.channel?.id ?? caller.slackUserId,
          user: caller.slackUserId,
          text: t(caller.locale, "slack.committee.notMember"),
        });
        return;
      }
      const view = await applicationView(surface.ctx, applicationId);
      const at = { applicationId, channel: body.channel?.id, ts: body.message?.ts };
      await client.views.open({ trigger_id: body.trigger_id, view: rejectModal(caller.locale, at, view.organisation) });
    }),
  );
}
