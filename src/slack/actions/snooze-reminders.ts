import type { App } from "@slack/bolt";
import { formatDate, t } from "../../i18n";
import { snoozeReminders } from "../../workflow";
import { ACTIONS } from "../constants";
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
      const text = t(caller.locale, "slack.done.snoozed", { date: formatDate(result.until, caller.locale) });
      if (body.channel?.id)
        await client.chat.postEphemeral({ channel: body.channel.id, user: caller.slackUserId, text });
      else await client.chat.postMessage({ channel: caller.slackUserId, text });
    }),
  );
}
