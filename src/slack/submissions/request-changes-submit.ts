import type { App } from "@slack/bolt";
import { requestApplicationChanges } from "../../workflow";
import { lateCommitteeText, refreshCommitteeMessage } from "../committee-post";
import { CALLBACKS } from "../constants";
import { parseMetadata, textOf } from "../form-state";
import { ZCommitteeMessageAt } from "../metadata";
import { tm } from "../mrkdwn";
import type { SlackSurface } from "../surface";
import { noticeModal } from "../views/decision-modals";
import { t } from "../words";
import { onSubmit } from "./submit-kit";

const atOf = (raw: string) => parseMetadata(raw, ZCommitteeMessageAt);

/** The committee's request for changes, with its comment; the committee's message then says so. */
export function registerRequestChangesSubmit(app: App, surface: SlackSurface): void {
  app.view(
    CALLBACKS.requestChanges,
    onSubmit(surface, {
      inputBlocks: () => ["comment"],
      run: async (values, view, caller) => {
        const { applicationId } = atOf(view.private_metadata);
        const { changed } = await requestApplicationChanges(surface.ctx, caller.actor, {
          applicationId,
          comment: textOf(values, "comment"),
        });
        return changed ? null : lateCommitteeText(surface.ctx, caller, applicationId, "decide");
      },
      done: (late, caller) =>
        noticeModal(
          caller.locale,
          t(caller.locale, "slack.committee.changesTitle"),
          late ?? tm(caller.locale, "slack.done.changesRequested"),
        ),
      after: async (_result, { client, view }) => {
        const at = atOf(view.private_metadata);
        await refreshCommitteeMessage(client, surface.ctx, at.applicationId, at);
      },
    }),
  );
}
