import type { App } from "@slack/bolt";
import { submitReport } from "../../workflow";
import { CALLBACKS } from "../constants";
import { fileIdsOf, parseMetadata } from "../form-state";
import { toReportInput } from "../forms/report-form";
import { ZFixedMission } from "../metadata";
import { tm } from "../mrkdwn";
import { attachFormFiles } from "../slack-attachments";
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
      run: async (values, view, caller) => ({
        ...(await submitReport(surface.ctx, caller.actor, toReportInput(values, fixedMission(view.private_metadata)))),
        files: fileIdsOf(values, "attachments"),
      }),
      // The files are fetched from Slack once the form has its answer: Slack waits 3 seconds for it, not longer.
      after: (result, { client }, caller) =>
        attachFormFiles(surface, client, caller, { kind: "report", id: result.value.reportId }, result.files),
      done: ({ value }, caller) =>
        noticeModal(
          caller.locale,
          t(caller.locale, "slack.report.title"),
          tm(caller.locale, value.late ? "slack.done.reportSubmittedLate" : "slack.done.reportSubmitted"),
        ),
    }),
  );
}
