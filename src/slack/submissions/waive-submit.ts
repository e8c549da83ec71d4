import type { App } from "@slack/bolt";
import { settleReimbursement } from "../../workflow";
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

/** R2: DAECT waives the reimbursement it asked for; the body's focal point is told by the core. */
export function registerWaiveSubmit(app: App, surface: SlackSurface): void {
  app.view(
    CALLBACKS.waive,
    onSubmit(surface, {
      inputBlocks: () => ["note"],
      run: (values, view, caller) =>
        settleReimbursement(surface.ctx, caller.actor, {
          missionId: atOf(view.private_metadata).missionId,
          outcome: "waived",
          note: textOf(values, "note"),
        }),
      done: (_result, caller) =>
        noticeModal(caller.locale, t(caller.locale, "slack.waive.title"), tm(caller.locale, "slack.done.waived")),
      after: async (_result, { client, view }, caller) => {
        if (atOf(view.private_metadata).fromHome) await publishHome(client, surface, caller);
      },
    }),
  );
}
