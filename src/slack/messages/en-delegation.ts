import type { frDelegation } from "./fr-delegation";

/** The Slack surface's English words for dated delegations. */
export const enDelegation = {
  "slack.help.delegation":
    "have a stand-in during an absence: `/expect delegation &lt;e-mail&gt; from DD/MM/YYYY to DD/MM/YYYY`, `/expect delegation end`",
  "slack.delegation.usage":
    "Usage: `/expect delegation &lt;e-mail of the person standing in for you&gt; from DD/MM/YYYY to DD/MM/YYYY` (both included), or `/expect delegation end` when you are back.",
  "slack.delegation.done":
    "Noted: {name} stands in for you from {from} to {to} included. They also receive what is addressed to you and may act on your behalf; `/expect delegation end` ends it sooner.",
  "slack.delegation.already": "{name} already stands in for you from {from} to {to} included.",
  "slack.delegation.ended": "Welcome back: your delegation is over ({count}).",
  "slack.delegation.none": "You had no delegation in progress.",
  "slack.admin.delegationUsage":
    "Usage: `/expect admin delegation &lt;delegator e-mail&gt; &lt;delegate e-mail&gt; from DD/MM/YYYY to DD/MM/YYYY`, `/expect admin delegation end &lt;delegator e-mail&gt;`, `/expect admin reassign &lt;application id&gt; &lt;e-mail&gt;`.",
  "slack.admin.delegated": "{delegate} stands in for {delegator} from {from} to {to} included.",
  "slack.admin.delegatedAlready": "{delegate} already stood in for {delegator} from {from} to {to} included.",
  "slack.admin.delegationEnded": "Delegation(s) of {delegator} ended: {count}.",
  "slack.admin.delegationNone": "{delegator} had no delegation in progress.",
  "slack.admin.reassigned": "The application is now followed by {email}.",
  "slack.admin.reassignedAlready": "The application was already followed by {email}.",
  "slack.notify.delegation_named":
    "You stand in for {by} from {since} to {deadline} included: you also receive what is addressed to them, and may act on their behalf.",
} satisfies Record<keyof typeof frDelegation, string>;
