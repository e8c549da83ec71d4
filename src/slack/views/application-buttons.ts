import type { types } from "@slack/bolt";
import { APPLICATION_TRANSITIONS, type ApplicationState } from "../../domain/application";
import { canTransition } from "../../domain/lifecycle";
import { type ActorFacts, isAllowed } from "../../domain/roles";
import { formatDate, type Locale, t } from "../../i18n";
import type { BodyLabel } from "../../workflow/slack";
import { button, confirmed } from "../blocks";
import { ACTIONS } from "../constants";
import { type Mrkdwn, tm } from "../mrkdwn";

/** What a body's line on the App Home says of its application still before the committee; nothing without one. */
export function pendingApplicationLine(locale: Locale, body: BodyLabel): Mrkdwn | undefined {
  const pending = body.pendingApplication;
  if (!pending) return undefined;
  return tm(locale, "slack.home.pendingApplication", {
    date: formatDate(pending.submittedAt, locale),
    status: t(locale, `state.${pending.status}`),
  });
}

/**
 * §3: the body may take its application back until the committee decides; a withdrawal cannot be undone, so
 * Slack asks first. Absent when the permission table or the life cycle say no.
 */
export function withdrawButton(locale: Locale, who: ActorFacts, body: BodyLabel): types.Button | undefined {
  const pending = body.pendingApplication;
  if (!pending) return undefined;
  if (!canTransition(APPLICATION_TRANSITIONS, "withdraw", pending.status as ApplicationState)) return undefined;
  if (!isAllowed("application.withdraw", who, { organisationId: body.organisationId })) return undefined;
  return confirmed(
    button(t(locale, "slack.action.withdrawApplication"), ACTIONS.withdrawApplication, pending.id, "danger"),
    {
      title: t(locale, "slack.withdraw.confirmTitle"),
      text: t(locale, "slack.withdraw.confirmText", { organisation: body.organisation }),
      confirm: t(locale, "slack.withdraw.confirm"),
      deny: t(locale, "slack.withdraw.deny"),
    },
  );
}
