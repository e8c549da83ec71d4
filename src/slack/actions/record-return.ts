import type { App } from "@slack/bolt";
import { formatDate } from "../../i18n";
import { recordReturn } from "../../workflow";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { onButton, showDone } from "./action-kit";

/** R1: back home on the planned day (the end of the last leg); the two-month report window opens. */
export function registerRecordReturn(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.recordReturn,
    onButton(surface, async (args, caller, missionId) => {
      const { value } = await recordReturn(surface.ctx, caller.actor, { missionId });
      await showDone(args, surface, caller, "slack.done.returnRecorded", {
        params: { deadline: formatDate(value.reportDeadline, caller.locale) },
      });
    }),
  );
}
