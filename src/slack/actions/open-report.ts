import type { App } from "@slack/bolt";
import { ACTIONS } from "../constants";
import { openReportForm } from "../open-forms";
import type { SlackSurface } from "../surface";
import { onButton } from "./action-kit";

/** "Write the report" on a reminder DM, the App Home or the missions list: R3's form for that mission. */
export function registerOpenReport(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.openReport,
    onButton(surface, ({ body, client }, caller, missionId) =>
      openReportForm(client, surface, body.trigger_id, caller, missionId),
    ),
  );
}
