import type { App } from "@slack/bolt";
import { declareCommitteeTies } from "../../workflow";
import { CALLBACKS } from "../constants";
import { choicesOf, parseMetadata } from "../form-state";
import { ZTiesFormMeta } from "../metadata";
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
        parseMetadata(view.private_metadata, ZTiesFormMeta).bodies ? ["organisationIds", "none"] : ["none"],
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
