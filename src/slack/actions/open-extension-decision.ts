import type { App } from "@slack/bolt";
import { isAllowed } from "../../domain/roles";
import { missionDetailsFor } from "../../workflow";
import { messageArgs } from "../blocks";
import { ACTIONS } from "../constants";
import { tm } from "../mrkdwn";
import type { SlackSurface } from "../surface";
import { extensionDecisionModal } from "../views/extension-decision-modal";
import { t } from "../words";
import { onButton } from "./action-kit";

/** "Decide" on an extension request in the DAECT channel: the form for the new deadline or the refusal. */
export function registerOpenExtensionDecision(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.decideExtension,
    onButton(surface, async ({ body, client }, caller, value) => {
      if (!isAllowed("extension.decide", caller)) {
        await client.chat.postEphemeral({
          channel: body.channel?.id ?? caller.slackUserId,
          user: caller.slackUserId,
          ...messageArgs({
            text: tm(caller.locale, "slack.command.forbidden", {
              name: t(caller.locale, "slack.action.decideExtension"),
            }),
          }),
        });
        return;
      }
      const [missionId = "", extensionId = ""] = value.split("|");
      const { mission } = await missionDetailsFor(surface.ctx, caller.actor, missionId);
      await client.views.open({
        trigger_id: body.trigger_id,
        view: extensionDecisionModal(caller.locale, extensionId, mission.reference, mission.reportDeadline),
      });
    }),
  );
}
