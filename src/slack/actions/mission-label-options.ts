import type { App } from "@slack/bolt";
import { activeLabelChoices } from "../../workflow/slack";
import { option } from "../blocks";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";

/** M1: the mission form's label search: active labels whose number or body matches what DAECT types. */
export function registerMissionLabelOptions(app: App, surface: SlackSurface): void {
  app.options(ACTIONS.labelSearch, async ({ ack, body }) => {
    const choices = await activeLabelChoices(surface.ctx, body.value ?? "", 100);
    await ack({ options: choices.map((c) => option(`${c.organisation} · ${c.number}`, c.labelId)) });
  });
}
