import type { App } from "@slack/bolt";
import { type ApplicationInput, resubmissionFile } from "../../workflow";
import { ACTIONS } from "../constants";
import type { ApplicationDraft, ExpertDraft } from "../forms/application-form";
import { openModal } from "../reply";
import type { SlackSurface } from "../surface";
import { applicationModal } from "../views/application-modal";
import { onButton } from "./action-kit";

/** The file sent back, as the application modal's draft: one row per expert, the commitment ticked again. */
function draftOf(file: ApplicationInput): { draft: ApplicationDraft; rows: string[] } {
  const rows = file.experts.map((_, i) => `r${i}`);
  const experts: Record<string, ExpertDraft> = Object.fromEntries(file.experts.map((e, i) => [`r${i}`, { ...e }]));
  const { experts: _experts, ...rest } = file;
  return { draft: { ...rest, themes: [...file.themes], experts }, rows };
}

/** "Modifier ma candidature" on the committee's request: the application modal pre-filled, to resubmit. */
export function registerReviseApplication(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.reviseApplication,
    onButton(surface, async ({ body, client }, caller, applicationId) => {
      const file = await resubmissionFile(surface.ctx, caller.actor, applicationId);
      const { draft, rows } = draftOf(file.draft);
      const form = { rows, next: rows.length, applicationId: file.applicationId };
      await openModal(client, body.trigger_id, applicationModal(caller.locale, draft, form, file.comment));
    }),
  );
}
