import { MAX_PEOPLE } from "../domain/mission";

/** Every id the Slack surface puts in Block Kit and routes on: the manifest, the handlers and the tests use these. */

export const COMMAND = "/expect";

/** Events the app subscribes to (the manifest declares exactly these). */
export const EVENTS = ["app_home_opened"] as const;

export const ACTIONS = {
  openAttachment: "attachment_open",
  committeeRecommend: "committee_recommend",
  committeeApprove: "committee_approve",
  committeeReject: "committee_reject",
  committeeRequestChanges: "committee_request_changes",
  committeeDeclareTies: "committee_declare_ties",
  committeeDetails: "committee_details",
  reviseApplication: "application_revise",
  addExpert: "application_add_expert",
  removeExpert: "application_remove_expert",
  addLeg: "mission_add_leg",
  removeLeg: "mission_remove_leg",
  labelSearch: "mission_label_search",
  openReport: "report_open",
  validateReport: "report_validate",
  returnReport: "report_return",
  confirmMission: "mission_confirm",
  openApplication: "application_open",
  openMission: "mission_open",
  openSolicitation: "solicitation_open",
  openReview: "report_review_open",
  snooze: "reminder_snooze",
  requestReimbursement: "reimbursement_request",
  openExtension: "extension_open",
  decideExtension: "extension_decide_open",
  settleReimbursement: "reimbursement_paid",
  openWaive: "reimbursement_waive_open",
  openCancel: "mission_cancel_open",
  closeMission: "mission_close",
  recordReturn: "mission_record_return",
  openEdit: "mission_edit_open",
  withdrawApplication: "application_withdraw",
  openLabelRevoke: "label_revoke_open",
  openLabelSuspend: "label_suspend_open",
  reinstateLabel: "label_reinstate",
  openRenewal: "label_renew_open",
} as const;

export const CALLBACKS = {
  application: "application_form",
  mission: "mission_form",
  missionEdit: "mission_edit_form",
  report: "report_form",
  solicitation: "solicitation_form",
  recommend: "recommend_form",
  reject: "reject_form",
  requestChanges: "request_changes_form",
  committeeTies: "committee_ties_form",
  review: "report_review_form",
  extension: "extension_form",
  extensionDecision: "extension_decision_form",
  waive: "reimbursement_waive_form",
  cancel: "mission_cancel_form",
  labelRevoke: "label_revoke_form",
  labelSuspend: "label_suspend_form",
  loading: "loading",
  notice: "notice",
} as const;

/** Rows a person may add inside a modal (each row is several blocks; a modal holds 100 blocks at most). */
export const MAX_EXPERT_ROWS = 8;
export const MAX_LEG_ROWS = 4;
/** M4: one row per person the mission may send, as many as the rule allows. */
export const MAX_MISSIONARY_ROWS = MAX_PEOPLE;
