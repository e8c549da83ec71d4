import type { App } from "@slack/bolt";
import { DomainError } from "../../domain/errors";
import { canTransition } from "../../domain/lifecycle";
import { MISSION_TRANSITIONS, type MissionState } from "../../domain/mission";
import { assertAllowed } from "../../domain/roles";
import { describeError } from "../../i18n";
import { embassyChoices, missionDetailsFor } from "../../workflow";
import { ACTIONS } from "../constants";
import { missionDraftOf } from "../forms/mission-form";
import { escapeMrkdwn } from "../mrkdwn";
import { openModal, updateModal } from "../reply";
import type { SlackSurface } from "../surface";
import { loadingModal, noticeModal } from "../views/decision-modals";
import { missionModal } from "../views/mission-modal";
import { t } from "../words";
import { onButton } from "./action-kit";

/**
 * DAECT edits a mission before departure in the form that opened it, filled in with its current terms; the form
 * remembers the version it shows. Someone else is told at once, before any form opens.
 */
export function registerOpenEditMission(app: App, surface: SlackSurface): void {
  app.action(
    ACTIONS.openEdit,
    onButton(surface, async ({ body, client }, caller, missionId) => {
      assertAllowed("mission.edit", caller);
      const viewId = await openModal(client, body.trigger_id, loadingModal(caller.locale));
      const [{ mission }, embassies] = await Promise.all([
        missionDetailsFor(surface.ctx, caller.actor, missionId),
        embassyChoices(surface.ctx),
      ]);
      const { locale } = caller;
      if (!canTransition(MISSION_TRANSITIONS, "edit", mission.status as MissionState)) {
        const refusal = new DomainError("wrong_state", { entity: "mission", state: mission.status, action: "edit" });
        const why = escapeMrkdwn(describeError(refusal, locale));
        await updateModal(client, viewId, noticeModal(locale, t(locale, "slack.edit.title"), why));
        return;
      }
      const editing = {
        missionId,
        version: mission.version,
        reference: mission.reference,
        fromHome: body.view?.type === "home",
      };
      await updateModal(client, viewId, missionModal(locale, { ...missionDraftOf(mission), embassies, editing }));
    }),
  );
}
