import type { App } from "@slack/bolt";
import { submitApplication } from "../../workflow";
import { CALLBACKS } from "../constants";
import { inputBlockIds, rowPath } from "../form-errors";
import { parseMetadata } from "../form-state";
import { emptyApplication, readApplicationDraft, toApplicationInput } from "../forms/application-form";
import { ZApplicationForm } from "../metadata";
import { tm } from "../mrkdwn";
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
      run: (values, view, caller) => {
        const form = formOf(view.private_metadata);
        return submitApplication(
          surface.ctx,
          caller.actor,
          toApplicationInput(readApplicationDraft(values, form), form),
        );
      },
      done: (_result, caller) =>
        noticeModal(
          caller.locale,
          t(caller.locale, "slack.application.title"),
          tm(caller.locale, "slack.done.applicationSubmitted"),
        ),
    }),
  );
}
