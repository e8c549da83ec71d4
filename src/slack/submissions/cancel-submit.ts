import type { App } from "@slack/bolt";
import { cancelMission } from "../../workflow";
import { CALLBACKS } from "../constants";
import { parseMetadata, textOf } from "../form-state";
import { publishHome } from "../home/publish-home";
import { ZMissionStepAt } from "../metadata";
import { tm } from "../mrkdwn";
import type { SlackSurface } from "../surface";
import { noticeModal } from "../views/decision-modals";
import { t } from "../words";
import { onSubmit } from "./submit-kit";

const atOf = (raw: string) => parseMetadata(raw, ZMissionStepAt);

/** §3: the core refuses a cancellation after departure, and an empty reason, under the reason field. */
export function registerCancelSubmit(app: App, surface: SlackSurface): void {
  app.view(
    CALLBACKS.cancel,
    onSubmit(surface, {
      inputBlocks: () => ["reason"],
      run: (values, view, caller) =>
        cancelMission(surface.ctx, caller.actor, {
          missionId: atOf(view.private_metadata).missionId,
          reason: textOf(values, "reason") ?? "",
        }),
      done: (_result, caller) =>
        noticeModal(
          caller.locale,
          t(caller.locale, "slack.cancel.title"),
          tm(caller.locale, "slack.done.missionCancelled"),
        ),
      after: async (_result, { client, view }, caller) => {
        if (atOf(view.private_metadata).fromHome) await publishHome(client, surface, caller);
      },
    }),
  );
}
