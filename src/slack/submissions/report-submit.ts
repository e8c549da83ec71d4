import type { App } from "@slack/bolt";
import { submitReport } from "../../workflow";
import { CALLBACKS } from "../constants";
import { parseMetadata } from "../form-state";
import { toReportInput } from "../forms/report-form";
import { ZFixedMission } from "../metadata";
import { tm } from "../mrkdwn";
import type { SlackSurface } from "../surface";
import { noticeModal } from "../views/decision-modals";
import { t } from "../words";
import { onSubmit } from "./submit-kit";

const FIELDS = [
  "objectAccount",
  "complementaryAction",
  "complementaryDetail",
  "longTermCooperation",
  "cooperationDetail",
];
const fixedMission = (raw: string) => parseMetadata(raw, ZFixedMission).missionId;

export function registerReportSubmit(app: App, surface: SlackSurface): void {
  app.view(
    CALLBACKS.report,
    onSubmit(surface, {
      inputBlocks: (view) => (fixedMission(view.private_metadata) ? FIELDS : ["missionId", ...FIELDS]),
      run: (values, view, caller) =>
        submitReport(surface.ctx, caller.actor, toReportInput(values, fixedMission(view.private_metadata))),
      done: ({ value }, caller) =>
        noticeModal(
          caller.locale,
          t(caller.locale, "slack.report.title"),
          tm(caller.locale, value.late ? "slack.done.reportSubmittedLate" : "slack.done.reportSubmitted"),
        ),
    }),
  );
}
