import type { App } from "@slack/bolt";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { changesModal } from "../views/committee-modals";
import { openCommitteeModal } from "./committee-modal";

/** Before deciding, the committee asks the body for changes: the button opens a modal for the required comment. */
export function registerCommitteeRequestChanges(app: App, surface: SlackSurface): void {
  app.action(ACTIONS.committeeRequestChanges, openCommitteeModal(surface, "application.request_changes", changesModal));
}
