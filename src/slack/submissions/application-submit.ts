import type { App } from "@slack/bolt";
import { resubmitApplication, submitApplication } from "../../workflow";
import { CALLBACKS } from "../constants";
import { inputBlockIds, rowPath } from "../form-errors";
import { fileIdsOf, parseMetadata } from "../form-state";
import { emptyApplication, readApplicationDraft, toApplicationInput } from "../forms/application-form";
import { ZApplicationForm } from "../metadata";
import { tm } from "../mrkdwn";
import { attachFormFiles } from "../slack-attachments";
import type { SlackSurface } from "../surface";
import { applicationModal } from "../views/application-modal";
import { noticeModal } from "../views/decision-modals";
import { t } from "../words";
import { onSubmit } from "./submit-kit";

const formOf = (raw: string) => parseMetadata(raw, ZApplicationForm);

export function registerApplicationSubmit(app: App, surface: SlackSurface): void {
  app.view(
    CALLBACKS.application,
    onSubmit(surface, {
      inputBlocks: (view, locale) =>
        inputBlockIds(applicationModal(locale, emptyApplication(), formOf(view.private_metadata)).blocks),
      toBlockPath: (view) => rowPath("experts", formOf(view.private_metadata).rows),
      run: async (values, view, caller) => {
        const form = formOf(view.private_metadata);
        const file = toApplicationInput(readApplicationDraft(values, form), form);
        // A file the committee sent back for changes goes back to it; any other is a new application.
        if (form.applicationId) {
          await resubmitApplication(surface.ctx, caller.actor, { ...file, applicationId: form.applicationId });
          return {
            done: "resubmitted" as const,
            applicationId: form.applicationId,
            files: fileIdsOf(values, "attachments"),
          };
        }
        const { value } = await submitApplication(surface.ctx, caller.actor, file);
        return {
          done: "submitted" as const,
          applicationId: value.applicationId,
          files: fileIdsOf(values, "attachments"),
        };
      },
      // The files are fetched from Slack once the form has its answer: Slack waits 3 seconds for it, not longer.
      after: (result, { client }, caller) =>
        attachFormFiles(surface, client, caller, { kind: "application", id: result.applicationId }, result.files),
      done: (result, caller) =>
        noticeModal(
          caller.locale,
          t(caller.locale, "slack.application.title"),
          tm(
            caller.locale,
            result.done === "resubmitted" ? "slack.done.applicationResubmitted" : "slack.done.applicationSubmitted",
          ),
        ),
    }),
  );
}
