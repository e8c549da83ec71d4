/** Workflow verbs and read models that only the Teams surface needs. */

export { askEmbassyQuestion, ZEmbassyQuestionInput } from "../missions/ask-embassy-question";
export { type MissionAbilities, type MissionDetails, missionDetailsFor } from "../queries/mission-details";
export { type WithdrawableApplication, withdrawableApplications } from "../queries/withdrawable-applications";
export { recordConversationGone } from "./record-conversation-gone";
export { type ConversationRefInput, type SavedConversationRef, saveConversationRef } from "./save-conversation-ref";
export {
  embassyStaffConversations,
  findTeamsPerson,
  type StaffConversation,
  type TeamsAddress,
  type TeamsPerson,
  teamsConversations,
  teamsDeliveryRefs,
} from "./teams-people";
