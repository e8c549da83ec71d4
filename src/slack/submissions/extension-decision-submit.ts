import type { App } from "@slack/bolt";
import { decideExtension } from "../../workflow";
import { CALLBACKS } from "../constants";
import { choiceOf, dateOf, parseMetadata, textOf } from "../form-state";
import { ZExtensionAt } from "../metadata";
import { tm } from "../mrkdwn";
import type { SlackSurface } from "../surface";
import { noticeModal } from "../views/decision-modals";
import { t } from "../words";
import { onSubmit } from "./submit-kit";

export function registerExtensionDecisionSubmit(app: App, surface: SlackSurface): void {
  app.view(
    CALLBACKS.extensionDecision,
    onSubmit(surface, {
      inputBlocks: () => ["decision", "newDeadline", "comment"],
      run: (values, view, caller) =>
        decideExtension(surface.ctx, caller.actor, {
          extensionId: parseMetadata(view.private_metadata, ZExtensionAt).extensionId,
          decision: choiceOf(values, "decision") as "grant",
          newDeadline: dateOf(values, "newDeadline"),
          comment: textOf(values, "comment"),
        }),
      done: (_result, caller) =>
        noticeModal(
          caller.locale,
          t(caller.locale, "slack.extensionDecision.title"),
          tm(caller.locale, "slack.done.extensionDecided"),
        ),
    }),
  );
}
