import type { App } from "@slack/bolt";
import { registerApplicationRows } from "./actions/application-rows";
import { registerCloseMission } from "./actions/close-mission";
import { registerCommitteeApprove } from "./actions/committee-approve";
import { registerCommitteeDeclareTies } from "./actions/committee-declare-ties";
import { registerCommitteeDetails } from "./actions/committee-details";
import { registerCommitteeRecommend } from "./actions/committee-recommend";
import { registerCommitteeReject } from "./actions/committee-reject";
import { registerCommitteeRequestChanges } from "./actions/committee-request-changes";
import { registerConfirmMission } from "./actions/confirm-mission";
import { registerMissionLabelOptions } from "./actions/mission-label-options";
import { registerMissionRows } from "./actions/mission-rows";
import { registerOpenAttachment } from "./actions/open-attachment";
import { registerOpenCancel } from "./actions/open-cancel";
import { registerOpenEditMission } from "./actions/open-edit-mission";
import { registerOpenExtension } from "./actions/open-extension";
import { registerOpenExtensionDecision } from "./actions/open-extension-decision";
import { registerOpenHomeForms } from "./actions/open-home-forms";
import { registerOpenLabelRevoke } from "./actions/open-label-revoke";
import { registerOpenLabelSuspend } from "./actions/open-label-suspend";
import { registerOpenRenewal } from "./actions/open-renewal";
import { registerOpenReport } from "./actions/open-report";
import { registerOpenReview } from "./actions/open-review";
import { registerOpenWaive } from "./actions/open-waive";
import { registerRecordReturn } from "./actions/record-return";
import { registerReinstateLabel } from "./actions/reinstate-label";
import { registerRequestReimbursement } from "./actions/request-reimbursement";
import { registerReviseApplication } from "./actions/revise-application";
import { registerSettleReimbursement } from "./actions/settle-reimbursement";
import { registerSnoozeReminders } from "./actions/snooze-reminders";
import { registerValidateReport } from "./actions/validate-report";
import { registerWithdrawApplication } from "./actions/withdraw-application";
import { registerExpectCommand } from "./commands/expect-command";
import { registerAppHomeOpened } from "./home/app-home-opened";
import { routeByIds } from "./listener-index";
import { registerApplicationSubmit } from "./submissions/application-submit";
import { registerCancelSubmit } from "./submissions/cancel-submit";
import { registerExtensionDecisionSubmit } from "./submissions/extension-decision-submit";
import { registerExtensionSubmit } from "./submissions/extension-submit";
import { registerLabelRevokeSubmit } from "./submissions/label-revoke-submit";
import { registerLabelSuspendSubmit } from "./submissions/label-suspend-submit";
import { registerMissionEditSubmit } from "./submissions/mission-edit-submit";
import { registerMissionSubmit } from "./submissions/mission-submit";
import { registerRecommendSubmit } from "./submissions/recommend-submit";
import { registerRejectSubmit } from "./submissions/reject-submit";
import { registerReportSubmit } from "./submissions/report-submit";
import { registerRequestChangesSubmit } from "./submissions/request-changes-submit";
import { registerReviewSubmit } from "./submissions/review-submit";
import { registerSolicitationSubmit } from "./submissions/solicitation-submit";
import { registerTiesSubmit } from "./submissions/ties-submit";
import { registerWaiveSubmit } from "./submissions/waive-submit";
import { CallerResolver, type SlackDeps, type SlackSurface } from "./surface";

export { SLACK_FILE_HOST } from "./slack-attachments";
export { createSlackDelivery, type SlackDeliveryOptions } from "./slack-delivery";
export type { SlackAttachments, SlackChannels, SlackDeps } from "./surface";
export { createSlackApp, SLACK_EVENTS_PATH, type SlackTransport, type SlackTransportOptions } from "./transport";

/** Every Slack handler on a Bolt app made by createSlackApp: the `/expect` command, buttons, forms, App Home. */
export function registerSlack(app: App, deps: SlackDeps): void {
  const surface: SlackSurface = {
    ctx: deps.ctx,
    channels: deps.channels,
    callers: new CallerResolver(deps.ctx, deps.profileTtlMs),
    incidents: deps.incidents,
    personalData: deps.personalData,
    attachments: deps.attachments,
  };
  const routes = routeByIds(app);
  for (const register of [
    registerExpectCommand,
    registerAppHomeOpened,
    registerCommitteeApprove,
    registerCommitteeRecommend,
    registerCommitteeReject,
    registerCommitteeRequestChanges,
    registerCommitteeDeclareTies,
    registerCommitteeDetails,
    registerReviseApplication,
    registerTiesSubmit,
    registerRequestChangesSubmit,
    registerApplicationRows,
    registerMissionRows,
    registerMissionLabelOptions,
    registerOpenReport,
    registerOpenReview,
    registerValidateReport,
    registerConfirmMission,
    registerRequestReimbursement,
    registerSnoozeReminders,
    registerOpenHomeForms,
    registerOpenExtension,
    registerOpenExtensionDecision,
    registerSettleReimbursement,
    registerOpenWaive,
    registerOpenCancel,
    registerOpenAttachment,
    registerOpenEditMission,
    registerCloseMission,
    registerRecordReturn,
    registerWithdrawApplication,
    registerApplicationSubmit,
    registerMissionSubmit,
    registerMissionEditSubmit,
    registerReportSubmit,
    registerSolicitationSubmit,
    registerRecommendSubmit,
    registerRejectSubmit,
    registerReviewSubmit,
    registerExtensionSubmit,
    registerExtensionDecisionSubmit,
    registerWaiveSubmit,
    registerCancelSubmit,
    registerOpenLabelRevoke,
    registerOpenLabelSuspend,
    registerReinstateLabel,
    registerOpenRenewal,
    registerLabelRevokeSubmit,
    registerLabelSuspendSubmit,
  ]) {
    register(routes.routed, surface);
  }
  routes.install();
}
