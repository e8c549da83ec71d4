import type { frLabels } from "./fr-labels";

/** The Slack surface's English words for DAECT's decisions on a label: revoke, suspend, lift a suspension. */
export const enLabels = {
  "slack.home.labels": "Labels in force",
  "slack.home.labelActiveUntil": "active, valid until {date}",
  "slack.home.labelSuspendedUntil": ":double_vertical_bar: suspended until {date} included",
  "slack.home.labelsMore":
    "… and {count} more: `/expect admin suspend &lt;number&gt; &lt;YYYY-MM-DD&gt; &lt;reason&gt;` or `/expect admin revoke-label &lt;number&gt; &lt;reason&gt;`.",
  "slack.action.suspendLabel": "Suspend",
  "slack.action.revokeLabel": "Revoke the label",
  "slack.action.reinstateLabel": "Lift the suspension",
  "slack.labelReinstate.confirm": "Label {number} will be valid again from now on, and the body will be told.",
  "slack.labelDecision.reason": "Reason (sent to the body)",
  "slack.labelRevoke.title": "Revoke the label",
  "slack.labelRevoke.submit": "Revoke",
  "slack.labelRevoke.intro":
    "Label *{number}* will be revoked for good: its diploma will no longer be valid and no mission can be opened for the body any more. Its missions not yet departed will be listed to you.",
  "slack.labelSuspend.title": "Suspend the label",
  "slack.labelSuspend.submit": "Suspend",
  "slack.labelSuspend.intro":
    "Label *{number}* will be suspended until the chosen date included: no mission can be opened until then. It is valid again the day after, with nothing more to do.",
  "slack.labelSuspend.until": "Suspended until",
  "slack.labelSuspend.untilHint": "The last day of the suspension, after today.",
  "slack.done.labelRevoked": "Label {number} revoked. {flagged}",
  "slack.done.labelSuspended": "Label {number} suspended until {date} included. {flagged}",
  "slack.done.labelSuspendedAlready":
    "Label {number} was already suspended until {date} for this reason: nothing changed.",
  "slack.done.labelRevokedAlready": "Label {number} was already revoked for this reason: nothing changed.",
  "slack.done.labelReinstated": "Suspension of label {number} lifted: it is valid again.",
  "slack.done.flagged": "{count} mission(s) not yet departed are listed to you in the DAECT channel.",
  "slack.done.noneFlagged": "No mission of the body was waiting to leave.",
  "slack.committee.renewal": ":repeat: *Renewal of label No. {number}*",
  "slack.action.renewLabel": "Renew",
  "slack.application.renewalOf":
    "Renewal of label No. {number}: the previous file is filled in, check and complete it.",
  "slack.admin.labelUsage":
    "Usage: `/expect admin revoke-label &lt;label number&gt; &lt;reason&gt;`, `/expect admin suspend &lt;number&gt; &lt;YYYY-MM-DD&gt; &lt;reason&gt;`, `/expect admin lift &lt;number&gt;`.",
} satisfies Record<keyof typeof frLabels, string>;
