import type { App } from "@slack/bolt";
import { assertAllowed } from "../../domain/roles";
import { editMission, missionDetailsFor } from "../../workflow";
import { CALLBACKS } from "../constants";
import { inputBlockIds, rowPath } from "../form-errors";
import { emptyMission, missionFormMeta, readMissionDraft, toMissionInput } from "../forms/mission-form";
import { publishHome } from "../home/publish-home";
import { tm } from "../mrkdwn";
import type { SlackSurface } from "../surface";
import { noticeModal } from "../views/decision-modals";
import { missionModal } from "../views/mission-modal";
import { t } from "../words";
import { onSubmit } from "./submit-kit";

/**
 * The edit form goes through editMission, its errors under their fields as when opening. A form older than the
 * mission (sent twice, or someone saved in between) changes nothing and says so: the embassy is asked only once.
 */
export function registerMissionEditSubmit(app: App, surface: SlackSurface): void {
  app.view(
    CALLBACKS.missionEdit,
    onSubmit(surface, {
      inputBlocks: (view, locale) => {
        const { form, editing } = missionFormMeta(view.private_metadata);
        return inputBlockIds(missionModal(locale, { draft: emptyMission(), form, embassies: [], editing }).blocks);
      },
      toBlockPath: (view) => rowPath("legs", missionFormMeta(view.private_metadata).form.rows),
      run: async (values, view, caller) => {
        const { form, editing } = missionFormMeta(view.private_metadata);
        assertAllowed("mission.edit", caller);
        const missionId = editing?.missionId ?? "";
        const { reference } = (await missionDetailsFor(surface.ctx, caller.actor, missionId)).mission;
        const { changed } = await editMission(surface.ctx, caller.actor, {
          ...toMissionInput(readMissionDraft(values, form), form),
          missionId,
          expectedVersion: editing?.version,
        });
        return { edited: changed, reference };
      },
      done: ({ edited, reference }, caller) =>
        noticeModal(
          caller.locale,
          t(caller.locale, "slack.edit.title"),
          tm(caller.locale, edited ? "slack.done.missionEdited" : "slack.done.missionEditStale", { reference }),
        ),
      after: async ({ edited }, { client, view }, caller) => {
        if (edited && missionFormMeta(view.private_metadata).editing?.fromHome) {
          await publishHome(client, surface, caller);
        }
      },
    }),
  );
}
