import type { App } from "@slack/bolt";
import { describeUnexpected } from "../../errors/unexpected";
import { section } from "../blocks";
import { escapeMrkdwn, tm } from "../mrkdwn";
import type { SlackSurface } from "../surface";
import { publishHome } from "./publish-home";

/** The App Home tab, drawn for whoever opens it; a person Slack cannot name by e-mail gets a short explanation. */
export function registerAppHomeOpened(app: App, surface: SlackSurface): void {
  app.event("app_home_opened", async ({ event, client, logger }) => {
    if (event.tab !== "home") return;
    try {
      const caller = await surface.callers.resolve(client, event.user);
      if (!caller) {
        await client.views.publish({
          user_id: event.user,
          view: { type: "home", blocks: [section(tm("fr", "slack.identity.unknown"))] },
        });
        return;
      }
      await publishHome(client, surface, caller);
    } catch (error) {
      const report = await surface.incidents.report(error, "Slack App Home");
      // The Home still says something, in the only language known before the person is: French.
      await client.views
        .publish({
          user_id: event.user,
          view: { type: "home", blocks: [section(escapeMrkdwn(describeUnexpected(report, "fr")))] },
        })
        .catch((failure: unknown) => logger.error("App Home could not show the failure", failure));
    }
  });
}
