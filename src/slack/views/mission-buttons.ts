import type { types } from "@slack/bolt";
import { canTransition } from "../../domain/lifecycle";
import { MISSION_TRANSITIONS, type MissionState, type MissionVerb } from "../../domain/mission";
import { type ActorFacts, isAllowed } from "../../domain/roles";
import type { Locale } from "../../i18n";
import type { MissionSummary } from "../../workflow";
import { button } from "../blocks";
import { ACTIONS } from "../constants";
import { t } from "../words";

/** What the buttons need to know of a mission: its state and what the permission table looks at. */
export interface MissionAt {
  id: string;
  reference: string;
  status: string;
  organisationId: string;
  countryCode: string;
  missionaryIds: readonly string[];
}

const can = (verb: MissionVerb, status: string) => canTransition(MISSION_TRANSITIONS, verb, status as MissionState);

/** R2: the body paid back, or DAECT gives up the request (a note may say why). */
export function settleButtons(locale: Locale, missionId: string): types.Button[] {
  return [
    button(t(locale, "slack.action.reimbursementPaid"), ACTIONS.settleReimbursement, missionId, "primary"),
    button(t(locale, "slack.action.waiveReimbursement"), ACTIONS.openWaive, missionId),
  ];
}

export function closeButton(locale: Locale, missionId: string): types.Button {
  return button(t(locale, "slack.action.closeMission"), ACTIONS.closeMission, missionId);
}

/** Whether the life cycle lets the reimbursement of a mission in this state be settled now. */
export function isSettleable(status: string): boolean {
  return can("settle_reimbursement", status);
}

/** Whether the life cycle lets a mission in this state be closed now. */
export function isClosable(status: string): boolean {
  return can("close", status);
}

/**
 * The steps of a file the person may take now, from the permission table and the mission's life cycle: record the
 * return, settle the reimbursement, close, edit, cancel. Each permission is the one its verb checks.
 */
export function missionButtons(locale: Locale, who: ActorFacts, m: MissionAt): types.Button[] {
  const subject = { organisationId: m.organisationId, countryCode: m.countryCode, missionaryIds: m.missionaryIds };
  const out: types.Button[] = [];
  // The return is recorded once the mission is under way; before departure the core would refuse a future date.
  if (
    m.status === "in_progress" &&
    can("record_return", m.status) &&
    isAllowed("mission.record_return", who, subject)
  ) {
    out.push(button(t(locale, "slack.action.recordReturn"), ACTIONS.recordReturn, m.id, "primary"));
  }
  if (isSettleable(m.status) && isAllowed("reimbursement.manage", who)) {
    out.push(...settleButtons(locale, m.id));
  }
  if (isClosable(m.status) && isAllowed("mission.edit", who)) out.push(closeButton(locale, m.id));
  if (can("edit", m.status) && isAllowed("mission.edit", who)) {
    out.push(button(t(locale, "slack.action.editMission"), ACTIONS.openEdit, m.id));
  }
  if (can("cancel", m.status) && isAllowed("mission.cancel", who)) {
    out.push(button(t(locale, "slack.action.cancelMission"), ACTIONS.openCancel, `${m.id}|${m.reference}`, "danger"));
  }
  return out;
}

export function missionAtOf(m: MissionSummary): MissionAt {
  return { ...m, missionaryIds: m.missionaries.map((x) => x.personId) };
}
