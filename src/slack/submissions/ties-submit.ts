import type { App } from "@slack/bolt";
import { declareCommitteeTies } from "../../workflow";
import { CALLBACKS } from "../constants";
import { choicesOf } from "../form-state";
import { tm } from "../mrkdwn";
import type { SlackSurface } from "../surface";
import { noticeModal } from "../views/decision-modals";
import { t } from "../words";
import { onSubmit } from "./submit-kit";

/** A committee member's declaration of ties (or of none), through the workflow verb, audited there. */
export function registerTiesSubmit(app: App, surface: SlackSurface): void {
  app.view(
    CALLBACKS.committeeTies,
    onSubmit(surface, {
      inputBlocks: (view) =>
        view.blocks.filter((b) => b.type === "input" && b.block_id).map((b) => b.block_id as string),
      run: (values, _view, caller) =>
        declareCommitteeTies(surface.ctx, caller.actor, {
          organisationIds: choicesOf(values, "organisationIds"),
          none: choicesOf(values, "none").includes("none"),
        }),
      done: (_result, caller) =>
        noticeModal(
          caller.locale,
          t(caller.locale, "slack.committee.tiesTitle"),
          tm(caller.locale, "slack.done.tiesDeclared"),
        ),
    }),
  );
}
