import type { App } from "@slack/bolt";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { rejectModal } from "../views/decision-modals";
import { openCommitteeModal } from "./committee-modal";

/** A rejection needs its reason (L7: the result is notified): the button opens a modal that asks for it. */
export function registerCommitteeReject(app: App, surface: SlackSurface): void {
  app.action(ACTIONS.committeeReject, openCommitteeModal(surface, "application.decide", rejectModal));
}
