import type { types } from "@slack/bolt";
import { APPLICATION_TRANSITIONS, type ApplicationState } from "../../domain/application";
import { canTransition } from "../../domain/lifecycle";
import { type ActorFacts, isAllowed } from "../../domain/roles";
import { formatDate, type Locale } from "../../i18n";
import type { BodyLabel, OwnApplication } from "../../workflow";
import { button, confirmed } from "../blocks";
import { ACTIONS } from "../constants";
import { type Mrkdwn, tm } from "../mrkdwn";
import { t, word } from "../words";

/** What a body's line on the App Home says of its application still before the committee; nothing without one. */
export function pendingApplicationLine(locale: Locale, body: BodyLabel): Mrkdwn | undefined {
  const pending = body.pendingApplication;
  if (!pending) return undefined;
  return tm(locale, "slack.home.pendingApplication", {
    date: formatDate(pending.submittedAt, locale),
    status: word(locale, `state.${pending.status}`, pending.status),
  });
}

/** The applicant's own application for a body they hold no role over: the body's name and where it stands. */
export function ownApplicationLine(locale: Locale, app: OwnApplication): Mrkdwn {
  return tm(locale, "slack.home.ownApplication", {
    organisation: app.organisation,
    date: formatDate(app.submittedAt, locale),
    status: word(locale, `state.${app.status}`, app.status),
  });
}

/**
 * §3: the applicant or the body's focal point may take the application back until the committee decides; a
 * withdrawal cannot be undone, so Slack asks first. Absent when the permission table or the life cycle say no.
 */
export function withdrawButton(
  locale: Locale,
  who: ActorFacts,
  body: Pick<BodyLabel, "organisationId" | "organisation" | "pendingApplication">,
): types.Button | undefined {
  const pending = body.pendingApplication;
  if (!pending) return undefined;
  if (!canTransition(APPLICATION_TRANSITIONS, "withdraw", pending.status as ApplicationState)) return undefined;
  const subject = { organisationId: body.organisationId, applicantId: pending.submittedById };
  if (!isAllowed("application.withdraw", who, subject)) return undefined;
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
