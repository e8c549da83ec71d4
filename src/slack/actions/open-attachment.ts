import type { App } from "@slack/bolt";
import { ACTIONS } from "../constants";

const OPEN = new RegExp(`^${ACTIONS.openAttachment}\\.\\d+$`);

/**
 * A file's "Télécharger" is a link button: Slack opens the signed address in the browser, which checks the person's
 * rights again, and still tells the bot of the click, which only acknowledges it.
 */
export function registerOpenAttachment(app: App): void {
  app.action(OPEN, async ({ ack }) => {
    await ack();
  });
}
