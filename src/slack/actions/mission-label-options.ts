import type { App } from "@slack/bolt";
import { isAllowed } from "../../domain/roles";
import { activeLabelChoices, type LabelChoice } from "../../workflow";
import { option } from "../blocks";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";

/**
 * M1: the mission form's label search: active labels whose number or body matches what DAECT types. Whoever may not
 * list the labels (a forged suggestion request) gets an empty list: Slack has no other way to answer one.
 */
export function registerMissionLabelOptions(app: App, surface: SlackSurface): void {
  app.options(ACTIONS.labelSearch, async ({ ack, body, client }) => {
    let choices: LabelChoice[] = [];
    try {
      const caller = await surface.callers.resolve(client, body.user.id);
      if (caller && isAllowed("label.list", caller)) {
        choices = await activeLabelChoices(surface.ctx, caller.actor, body.value ?? "", 100);
      }
    } catch (error) {
      // Slack has no way to show an error in a suggestion list: logged with a reference, the list stays empty.
      await surface.incidents.report(error, "Slack label search");
    }
    await ack({ options: choices.map((c) => option(`${c.organisation} · ${c.number}`, c.labelId)) });
  });
}
