import type { App } from "@slack/bolt";
import { recommendApplication } from "../../workflow";
import { lateCommitteeText, refreshCommitteeMessage } from "../committee-post";
import { CALLBACKS } from "../constants";
import { choiceOf, parseMetadata, textOf } from "../form-state";
import { ZCommitteeMessageAt } from "../metadata";
import { tm } from "../mrkdwn";
import type { SlackSurface } from "../surface";
import { noticeModal } from "../views/decision-modals";
import { t } from "../words";
import { onSubmit } from "./submit-kit";

const atOf = (raw: string) => parseMetadata(raw, ZCommitteeMessageAt);

export function registerRecommendSubmit(app: App, surface: SlackSurface): void {
  app.view(
    CALLBACKS.recommend,
    onSubmit(surface, {
      inputBlocks: () => ["recommendation", "comment"],
      run: async (values, view, caller) => {
        const { applicationId } = atOf(view.private_metadata);
        const { changed } = await recommendApplication(surface.ctx, caller.actor, {
          applicationId,
          recommendation: choiceOf(values, "recommendation") as "favourable",
          comment: textOf(values, "comment"),
        });
        return changed ? null : lateCommitteeText(surface.ctx, caller, applicationId, "recommend");
      },
      done: (late, caller) =>
        noticeModal(
          caller.locale,
          t(caller.locale, "slack.committee.recommendTitle"),
          late ?? tm(caller.locale, "slack.done.recommended"),
        ),
      after: async (_result, { client, view }) => {
        const at = atOf(view.private_metadata);
        await refreshCommitteeMessage(client, surface.ctx, at.applicationId, at);
      },
    }),
  );
}
