import type { App } from "@slack/bolt";
import { requestExtension } from "../../workflow";
import { CALLBACKS } from "../constants";
import { parseMetadata, textOf } from "../form-state";
import { ZMissionAt } from "../metadata";
import { tm } from "../mrkdwn";
import type { SlackSurface } from "../surface";
import { noticeModal } from "../views/decision-modals";
import { t } from "../words";
import { onSubmit } from "./submit-kit";

export function registerExtensionSubmit(app: App, surface: SlackSurface): void {
  app.view(
    CALLBACKS.extension,
    onSubmit(surface, {
      inputBlocks: () => ["reason"],
      run: (values, view, caller) =>
        requestExtension(surface.ctx, caller.actor, {
          missionId: parseMetadata(view.private_metadata, ZMissionAt).missionId,
          reason: textOf(values, "reason") as string,
        }),
      done: (_result, caller) =>
        noticeModal(
          caller.locale,
          t(caller.locale, "slack.extension.title"),
          tm(caller.locale, "slack.done.extensionRequested"),
        ),
    }),
  );
}
