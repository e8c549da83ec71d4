import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { ACTIONS, MAX_EXPERT_ROWS } from "../constants";
import type { StateValues } from "../form-state";
import { addRow, parseMetadata, removeRow } from "../form-state";
import { readApplicationDraft } from "../forms/application-form";
import { ZApplicationForm } from "../metadata";
import type { SlackSurface } from "../surface";
import { applicationModal } from "../views/application-modal";
import { onButton } from "./action-kit";

const ROWS = new RegExp(`^(${ACTIONS.addExpert}|${ACTIONS.removeExpert})$`);

/**
 * L5: experts are rows added and removed inside the application modal. The modal is drawn again from what was
 * typed (its state), with stable row keys, and `hash` makes a concurrent update fail rather than lose input.
 */
export function registerApplicationRows(app: App, surface: SlackSurface): void {
  app.action(
    ROWS,
    onButton(surface, async ({ action, body, client }, caller, value) => {
      const view = (body as BlockAction<ButtonAction>).view;
      if (!view) return;
      const form = parseMetadata(view.private_metadata, ZApplicationForm);
      const draft = readApplicationDraft(view.state.values as StateValues, form);
      const rows = action.action_id === ACTIONS.addExpert ? addRow(form, MAX_EXPERT_ROWS) : removeRow(form, value);
      // The renewal marker and a resubmitted file's id ride along with the rows.
      const next = { ...form, ...rows };
      await client.views.update({
        view_id: view.id,
        hash: view.hash,
        view: applicationModal(caller.locale, draft, next),
      });
    }),
  );
}
