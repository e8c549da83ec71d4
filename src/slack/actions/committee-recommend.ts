import type { App } from "@slack/bolt";
import { ACTIONS } from "../constants";
import type { SlackSurface } from "../surface";
import { recommendModal } from "../views/decision-modals";
import { openCommitteeModal } from "./committee-modal";

export function registerCommitteeRecommend(app: App, surface: SlackSurface): void {
  app.action(ACTIONS.committeeRecommend, openCommitteeModal(surface, "application.recommend", recommendModal));
}
