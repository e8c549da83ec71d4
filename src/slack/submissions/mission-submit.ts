import type { App } from "@slack/bolt";
import { openMission } from "../../workflow";
import { CALLBACKS } from "../constants";
import { inputBlockIds, rowPath } from "../form-errors";
import { parseMetadata } from "../form-state";
import { emptyMission, readMissionDraft, toMissionInput } from "../forms/mission-form";
import { ZRowState } from "../metadata";
import { tm } from "../mrkdwn";
import type { SlackSurface } from "../surface";
import { noticeModal } from "../views/decision-modals";
import { missionModal } from "../views/mission-modal";
import { t } from "../words";
import { onSubmit } from "./submit-kit";

const formOf = (raw: string) => parseMetadata(raw, ZRowState);

export function registerMissionSubmit(app: App, surface: SlackSurface): void {
  app.view(
    CALLBACKS.mission,
    onSubmit(surface, {
      inputBlocks: (view, locale) =>
        inputBlockIds(
          missionModal(locale, { draft: emptyMission(), form: formOf(view.private_metadata), embassies: [] }).blocks,
        ),
      toBlockPath: (view) => rowPath("legs", formOf(view.private_metadata).rows),
      run: (values, view, caller) => {
        const form = formOf(view.private_metadata);
        return openMission(surface.ctx, caller.actor, toMissionInput(readMissionDraft(values, form), form));
      },
      done: ({ value }, caller) =>
        noticeModal(
          caller.locale,
          t(caller.locale, "slack.mission.title"),
          tm(caller.locale, "slack.done.missionOpened", { reference: value.reference }),
        ),
    }),
  );
}
