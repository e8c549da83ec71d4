import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { embassyChoices } from "../../workflow";
import { ACTIONS, MAX_LEG_ROWS } from "../constants";
import { addRow, removeRow, type StateValues } from "../form-state";
import { missionFormMeta, readMissionDraft } from "../forms/mission-form";
import type { SlackSurface } from "../surface";
import { missionModal } from "../views/mission-modal";
import { onButton } from "./action-kit";

const ROWS = new RegExp(`^(${ACTIONS.addLeg}|${ACTIONS.removeLeg})$`);

/** M3/M4: the course's legs are rows added and removed inside the mission modal (new or edited), what was typed kept. */
export function registerMissionRows(app: App, surface: SlackSurface): void {
  app.action(
    ROWS,
    onButton(surface, async ({ action, body, client }, caller, value) => {
      const view = (body as BlockAction<ButtonAction>).view;
      if (!view) return;
      const { form, editing } = missionFormMeta(view.private_metadata);
      const draft = readMissionDraft(view.state.values as StateValues, form);
      const embassies = await embassyChoices(surface.ctx);
      const model = {
        draft,
        form: action.action_id === ACTIONS.addLeg ? addRow(form, MAX_LEG_ROWS) : removeRow(form, value),
        embassies,
        editing,
      };
      await client.views.update({ view_id: view.id, hash: view.hash, view: missionModal(caller.locale, model) });
    }),
  );
}
