import type { frCommittee } from "./fr-committee";

/** English words of fr-committee.ts. */
export const enCommittee: Record<keyof typeof frCommittee, string> = {
  "slack.committee.declareTies": "Declare my ties",
  "slack.committee.details": "See the file",
  "slack.committee.requestChanges": "Ask for changes",
  "slack.committee.tiesTitle": "My ties",
  "slack.committee.tiesIntro":
    "Before examining an application, name the bodies you are tied to (an office, a job, a board seat…), or tick “No tie”. You will abstain on their applications.",
  "slack.committee.tiesBodies": "Bodies I am tied to",
  "slack.committee.tiesNone": "No tie to any applicant body",
  "slack.committee.tiesNoneLabel": "No tie",
  "slack.committee.tiesInvite":
    "Before seeing an application's details or acting on it, declare your ties to bodies (or that you have none).",
  "slack.committee.tiedNoFile":
    ":no_entry: You declared a tie to {organisation}: this application's file is not shown to you, and you abstain (no opinion, no decision). Your abstention is recorded.",
  "slack.committee.detailsHint":
    "The file (themes, competences, experts, comments) opens with “See the file”, once you have declared your ties.",
  "slack.committee.detailsTitle": "Application file",
  "slack.committee.counts": "*Opinions*: {counts}",
  "slack.committee.count.favourable": "{n} favourable",
  "slack.committee.count.unfavourable": "{n} unfavourable",
  "slack.committee.count.abstention": "{n} abstentions",
  "slack.committee.count.abstention.one": "1 abstention",
  "slack.committee.changesRequested": ":pencil2: *Changes requested* by {by} on {at}:",
  "slack.committee.changesAsked": ":pencil2: *Changes requested* by {by} on {at}.",
  "slack.committee.awaitingChanges": "_Waiting for the body's revised file._",
  "slack.committee.resubmitted":
    ":arrows_counterclockwise: *Revised file* sent back on {at} — fields changed: {fields}",
  "slack.committee.resubmittedSame": ":arrows_counterclockwise: *File sent back* on {at}, unchanged.",
  "slack.committee.changesTitle": "Ask for changes",
  "slack.committee.changesHint": "The comment goes to the body with its file, to change and send back.",
  "slack.committee.alreadyAwaitingChanges": "Changes are already requested from the body: wait for its revised file.",
  "slack.done.tiesDeclared": "Declaration recorded. You may examine applications.",
  "slack.done.changesRequested": "Request sent to the body, with your comment.",
  "slack.done.applicationResubmitted": "Revised file sent back to the selection committee.",
  "slack.notify.application_changes_requested":
    "The selection committee asks for changes to the application of {organisation} before deciding:",
  "slack.notify.application_resubmitted": "Revised file sent back to the committee.",
  "slack.action.reviseApplication": "Revise my application",
  "slack.resubmission.unavailable": "This file no longer awaits changes: it was sent back, withdrawn or decided.",
  "slack.application.changesRequested": ":pencil2: *Changes requested by the selection committee*:",
};
