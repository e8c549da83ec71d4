/** Workflow verbs and read models that only the Slack surface needs. */

export { type ApplicationView, applicationView } from "../queries/application-view";
export {
  activeLabelChoices,
  type BodyLabel,
  embassyChoices,
  type LabelChoice,
  labelsOfBodies,
  type OwnApplication,
  ownPendingApplications,
} from "../queries/choices";
export { type CommitteeTiesForm, committeeTiesForm } from "../queries/committee-ties-form";
export { type MissionDetails, missionDetailsFor } from "../queries/mission-details";
export { recordCommitteeMessage } from "./record-committee-message";
export { findSlackPerson, type SlackPerson } from "./slack-people";
