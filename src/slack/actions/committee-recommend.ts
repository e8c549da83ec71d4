import type { App } from "@slack/bolt";
import { isAllowed } from "../../domain/roles";
import { t } from "../../i18n";
import { applicationView } from "../../workflow/slack";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { recommendModal } from "../views/decision-modals";
import { onButton } from "./action-kit";

export function registerCommitteeRecommend(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.committeeRecommend,
    onButton(surface, async ({ body, client }, caller, applicationId) => {
      if (!isAllowed("application.recommend", caller)) {
        await client.chat.postEphemeral({
          channel: body.channel?.id ?? caller.slackUserId,
          user: caller.slackUserId,
          text: t(caller.locale, "slack.committee.notMember"),
        });
        return;
      }
      const view = await applicationView(surface.ctx, applicationId);
      const at = { applicationId, channel: body.channel?.id, ts: body.message?.ts };
      await client.views.open({
        trigger_id: body.trigger_id,
        view: recommendModal(caller.locale, at, view.organisation),
      });
    }),
  );
}
