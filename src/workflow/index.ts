/** The workflow core: every verb the surfaces, the scheduler and the CLI may call. */

export { embassyChannelCountry, recordEmbassyChannel } from "./admin/embassy-channel";
export { addEmbassy, bootstrapAdmins, grantRole, revokeRole, setPreferredChannel } from "./admin/people-admin";
export { reportLostRoute } from "./admin/report-lost-route";
export { decideApplication, ZDecisionInput } from "./applications/decide-application";
export { recommendApplication, ZRecommendInput } from "./applications/recommend-application";
export { type RenewalDraft, renewalDraft } from "./applications/renewal-draft";
export { requestApplicationChanges, ZChangeRequestInput } from "./applications/request-application-changes";
export { resubmitApplication, ZResubmitInput } from "./applications/resubmit-application";
export {
  type ApplicationInput,
  submitApplication,
  ZApplicationInput,
  ZExpertInput,
} from "./applications/submit-application";
export { withdrawApplication } from "./applications/withdraw-application";
export { type AttachedFile, type AttachResult, attachFiles, ZAttachInput } from "./attachments/attach-files";
export { deleteWithdrawnFiles } from "./attachments/delete-withdrawn-files";
export { DEFAULT_ATTACHMENTS_DIR, type FileStore, folderFileStore } from "./attachments/file-store";
export { type OpenCase, openCaseOf } from "./attachments/open-case";
export {
  type AttachmentContent,
  type AttachmentLine,
  attachmentsOf,
  readAttachment,
  reportAttachments,
} from "./attachments/read-attachment";
export { recordTiedAbstention } from "./committee/committee-ties";
export { declareCommitteeTies, ZTiesInput } from "./committee/declare-committee-ties";
export type { Actor, Clock, PersonActor, Platform, WorkflowContext } from "./context";
export { SYSTEM_ACTOR, systemClock } from "./context";
export { type Delegated, delegate, ZDelegationInput } from "./delegation/delegate";
export { endDelegation, ZEndDelegationInput } from "./delegation/end-delegation";
export { reassignFile, ZReassignInput } from "./delegation/reassign-file";
export { declareSolicitation, ZSolicitationInput } from "./labels/declare-solicitation";
export { expireLabels } from "./labels/expire-labels";
export { HISTORY_COLUMNS, importLabelHistory } from "./labels/import-label-history";
export { reinstateLabel } from "./labels/reinstate-label";
export { type LabelDecided, revokeLabel } from "./labels/revoke-label";
export { type SolicitationBody, solicitationBodies } from "./labels/solicitation-bodies";
export { suspendLabel } from "./labels/suspend-label";
export { advanceMissions } from "./missions/advance-missions";
export { askEmbassyQuestion, ZEmbassyQuestionInput } from "./missions/ask-embassy-question";
export { cancelMission } from "./missions/cancel-mission";
export { closeMission } from "./missions/close-mission";
export { confirmMission } from "./missions/confirm-mission";
export { decideAsEmbassy, ZEmbassyDecisionInput } from "./missions/decide-as-embassy";
export { editMission } from "./missions/edit-mission";
export { type MissionInput, ZLegInput, ZMissionInput } from "./missions/mission-input";
export { openMission } from "./missions/open-mission";
export { recordReturn } from "./missions/record-return";
export {
  type IdentifiedActor,
  type LinkedPerson,
  localeFromProfile,
  type ProfileInput,
  recordChannelLinked,
  savePersonProfile,
  type Viewer,
} from "./people";
export { applyRetention } from "./personal-data/apply-retention";
export { erasePerson } from "./personal-data/erase-person";
export { exportPerson, type PersonExport } from "./personal-data/export-person";
export type { PersonalDataHolder } from "./personal-data/holder";
export { type ApplicationView, applicationView } from "./queries/application-view";
export { capitalisationStats } from "./queries/capitalisation-stats";
export {
  activeLabelChoices,
  type BodyLabel,
  embassyChoices,
  type LabelChoice,
  labelsOfBodies,
  type OwnApplication,
  ownPendingApplications,
} from "./queries/choices";
export { type CommitteeTiesForm, committeeTiesForm } from "./queries/committee-ties-form";
export { type Dashboard, dashboard, type ManagedLabel } from "./queries/dashboard";
export { type DiplomaFacts, diplomaFacts } from "./queries/diploma-facts";
export { EXPORTS, type ExportName, exportData } from "./queries/export-data";
export { type ExpertiseHit, findExpertise } from "./queries/find-expertise";
export { type MissionAbilities, type MissionDetails, missionDetailsFor } from "./queries/mission-details";
export { missionTimeline, type TimelineEntry } from "./queries/mission-timeline";
export {
  homeMissionsFor,
  type MissionLists,
  type MissionPage,
  type MissionSummary,
  missionPageFor,
  missionsFor,
} from "./queries/missions-for";
export { type ResubmissionFile, resubmissionFile } from "./queries/resubmission-file";
export { type DiplomaCheck, verifyDiploma } from "./queries/verify-diploma";
export { type WithdrawableApplication, withdrawableApplications } from "./queries/withdrawable-applications";
export { type PlannedSend, planSweep } from "./reminders/plan-sweep";
export type { PromptRecipient, PromptStatus, ReminderOptions } from "./reminders/prompt";
export { snoozeReminders, ZSnoozeInput } from "./reminders/snooze-reminders";
export { sweepLabels } from "./reminders/sweep-labels";
export { queuedCount, type SweepSummary, sweepLabelWarnings, sweepReminders } from "./reminders/sweep-reminders";
export { decideExtension } from "./reports/decide-extension";
export { requestExtension, ZExtensionRequestInput } from "./reports/request-extension";
export { requestReimbursement } from "./reports/request-reimbursement";
export { reviewReport, ZReviewReportInput } from "./reports/review-report";
export { settleReimbursement } from "./reports/settle-reimbursement";
export { type ReportInput, submitReport, ZReportInput } from "./reports/submit-report";
export type { VerbResult } from "./run";
