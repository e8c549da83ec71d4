import type { App } from "@slack/bolt";
import { reviewReport } from "../../workflow";
import { CALLBACKS } from "../constants";
import { choiceOf, parseMetadata, textOf } from "../form-state";
import { ZMissionAt } from "../metadata";
import { tm } from "../mrkdwn";
import type { SlackSurface } from "../surface";
import { noticeModal } from "../views/decision-modals";
import { t } from "../words";
import { onSubmit } from "./submit-kit";

/** R1: validated, or returned to the missionaries with the comment the core requires for a return. */
export function registerReviewSubmit(app: App, surface: SlackSurface): void {
  app.view(
    CALLBACKS.review,
    onSubmit(surface, {
      inputBlocks: () => ["decision", "comment"],
      run: (values, view, caller) =>
        reviewReport(surface.ctx, caller.actor, {
          missionId: parseMetadata(view.private_metadata, ZMissionAt).missionId,
          decision: choiceOf(values, "decision") as "validate",
          comment: textOf(values, "comment"),
        }),
      done: ({ value }, caller) =>
        noticeModal(
          caller.locale,
          t(caller.locale, "slack.review.title"),
          tm(
            caller.locale,
            value.status === "validated" ? "slack.done.reportValidatedShort" : "slack.done.reportReturned",
          ),
        ),
    }),
  );
}
