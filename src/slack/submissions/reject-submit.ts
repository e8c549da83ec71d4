import type { App } from "@slack/bolt";
import { decideApplication } from "../../workflow";
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

/** L7: the committee rejects with the reason typed in the modal; the committee's message then says so. */
export function registerRejectSubmit(app: App, surface: SlackSurface): void {
  app.view(
    CALLBACKS.reject,
    onSubmit(surface, {
      inputBlocks: () => ["reason"],
      run: async (values, view, caller) => {
        const { applicationId } = atOf(view.private_metadata);
        const reason = textOf(values, "reason");
        const { changed } = await decideApplication(surface.ctx, caller.actor, {
          applicationId,
          decision: "reject",
          reason,
        });
        return changed ? null : lateCommitteeText(surface.ctx, caller, applicationId, "decide");
      },
      done: (late, caller) =>
        noticeModal(
          caller.locale,
          t(caller.locale, "slack.committee.rejectTitle"),
          late ?? tm(caller.locale, "slack.done.rejected"),
        ),
      after: async (_result, { client, view }) => {
        const at = atOf(view.private_metadata);
        await refreshCommitteeMessage(client, surface.ctx, at.applicationId, at);
      },
    }),
  );
}
