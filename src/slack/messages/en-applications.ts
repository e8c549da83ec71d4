/**
 * The Slack surface's English words for who holds a body: what the committee is warned of before deciding, what a
 * late committee click is told, and the applicant's own pending applications on the App Home.
 */
export const enApplications = {
  "slack.committee.knownBody": ":warning: *Body already known*: {label}; focal point: {focalPoints}.",
  "slack.committee.pastLabel": "label {number} ({status}, valid until {until})",
  "slack.committee.noPastLabel": "no label",
  "slack.committee.noFocalPoint": "none",
  "slack.committee.focalPointToBe":
    "If the application is approved, *{name}*, who filed it, becomes the body's focal point.",
  "slack.committee.focalPointKept": "If the application is approved, the body keeps its focal point: {names}.",
  "slack.committee.focalPointByDaect":
    "If the application is approved, nobody becomes focal point: DAECT will appoint one.",
  "slack.committee.alreadyDecided": "This application was already {decision} by {by} on {at}: nothing changed.",
  "slack.committee.alreadyRecommended": "{value} already given by {by} on {at}: nothing changed.",
  "slack.committee.alreadyWithdrawn": "The application was withdrawn: there is nothing left to decide.",
  "slack.home.ownApplications": "Your pending applications",
  "slack.home.ownApplication":
    "*{organisation}*\nApplication of {date}: {status}. You will be its focal point if the committee approves it and the body has none.",
} satisfies Record<string, string>;
