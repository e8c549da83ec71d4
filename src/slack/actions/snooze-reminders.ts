import type { App } from "@slack/bolt";
import { formatDate } from "../../i18n";
import { snoozeReminders } from "../../workflow";
import { messageArgs } from "../blocks";
import { ACTIONS } from "../constants";
import { tm } from "../mrkdwn";
import type { SlackSurface } from "../surface";
import { onButton } from "./action-kit";

const SNOOZE = new RegExp(`^${ACTIONS.snooze}_\\d+$`);

/** "Remind me in N days" on a report reminder; the core refuses a snooze past the deadline. */
export function registerSnoozeReminders(app: App, surface: SlackSurface): void {
  app.action(
    SNOOZE,
    onButton(surface, async ({ body, client }, caller, value) => {
      const [missionId = "", days = ""] = value.split("|");
      const { value: result } = await snoozeReminders(surface.ctx, caller.actor, { missionId, days });
      const message = messageArgs({
        text: tm(caller.locale, "slack.done.snoozed", { date: formatDate(result.until, caller.locale) }),
      });
      if (body.channel?.id)
        await client.chat.postEphemeral({ channel: body.channel.id, user: caller.slackUserId, ...message });
      else await client.chat.postMessage({ channel: caller.slackUserId, ...message });
    }),
  );
}
