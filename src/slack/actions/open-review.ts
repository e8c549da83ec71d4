import type { App } from "@slack/bolt";
import { ACTIONS } from "../constants";
import { openReviewForm } from "../open-forms";
import type { SlackSurface } from "../surface";
import { onButton } from "./action-kit";

/** "Review the report" (App Home, missions list) and "Return with a comment" (DM) open the review form. */
const REVIEW = new RegExp(`^(${ACTIONS.openReview}|${ACTIONS.returnReport})$`);

export function registerOpenReview(app: App, surface: SlackSurface): void {
  app.action(
    REVIEW,
    onButton(surface, ({ action, body, client }, caller, missionId) =>
      openReviewForm(
        client,
        surface,
        body.trigger_id,
        caller,
        missionId,
        action.action_id === ACTIONS.returnReport ? "return" : undefined,
      ),
    ),
  );
}
