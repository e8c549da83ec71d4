import { formatDateTime, type Locale } from "../../i18n";
import type { ApplicationView } from "../../workflow";
import { actions, type Block, button, clip, context, fields, header, type SlackMessage, section } from "../blocks";
import { ACTIONS } from "../constants";
import { joinMrkdwn, type Mrkdwn, mrkdwn, tm } from "../mrkdwn";
import { t, word } from "../words";

/** The count of the committee's opinions, "2 favorable(s), 1 abstention"; null before the first one. */
export function opinionCounts(locale: Locale, app: ApplicationView): Mrkdwn | null {
  const counted = (["favourable", "unfavourable", "abstention"] as const)
    .filter((k) => app.counts[k] > 0)
    .map((k) =>
      k === "abstention" && app.counts[k] === 1
        ? tm(locale, "slack.committee.count.abstention.one")
        : tm(locale, `slack.committee.count.${k}`, { n: String(app.counts[k]) }),
    );
  return counted.length ? tm(locale, "slack.committee.counts", { counts: joinMrkdwn(counted, ", ") }) : null;
}

/** Who decided and when, with the label it issued; the reason stays in the file. */
export function decisionLine(locale: Locale, decision: NonNullable<ApplicationView["decision"]>): Mrkdwn {
  const key = decision.status === "approved" ? "slack.committee.approved" : "slack.committee.rejected";
  return tm(locale, key, {
    by: decision.by,
    at: formatDateTime(decision.at, locale),
    label: decision.labelNumber ?? "",
  });
}

/** When the body sent the file back and which fields it changed (their names, never their text); null before. */
export function resubmissionLine(
  locale: Locale,
  request: NonNullable<ApplicationView["changeRequest"]>,
): Mrkdwn | null {
  if (!request.resubmittedAt) return null;
  const at = formatDateTime(request.resubmittedAt, locale);
  const changed = request.changed.map((f) => word(locale, `field.${f}`, f)).join(", ");
  return changed
    ? tm(locale, "slack.committee.resubmitted", { at, fields: changed })
    : tm(locale, "slack.committee.resubmittedSame", { at });
}

/** Where the file stands: counted opinions, changes asked and resubmitted (which fields, not their text), outcome. */
function progress(locale: Locale, app: ApplicationView): Mrkdwn[] {
  const lines: Mrkdwn[] = [];
  const counts = opinionCounts(locale, app);
  if (counts) lines.push(counts);
  // Their number only: a file's name may name someone, and the channel reads this before declaring ties.
  if (app.attachments.length) lines.push(tm(locale, "slack.committee.attachments", { count: app.attachments.length }));
  const request = app.changeRequest;
  if (request) {
    lines.push(tm(locale, "slack.committee.changesAsked", { by: request.by, at: formatDateTime(request.at, locale) }));
    const resubmitted = resubmissionLine(locale, request);
    if (resubmitted) lines.push(resubmitted);
  }
  if (app.decision) lines.push(decisionLine(locale, app.decision));
  else if (app.status === "withdrawn") lines.push(tm(locale, "slack.committee.withdrawn"));
  else if (app.status === "changes_requested") lines.push(tm(locale, "slack.committee.awaitingChanges"));
  return lines;
}

/** The buttons of each state: acting while it is pending, reading the file (and declaring) until it is withdrawn. */
function buttons(locale: Locale, app: ApplicationView): Block[] {
  const details = button(t(locale, "slack.committee.details"), ACTIONS.committeeDetails, app.id);
  const declare = button(t(locale, "slack.committee.declareTies"), ACTIONS.committeeDeclareTies, app.id);
  if (app.status === "withdrawn") return [];
  if (app.decision) return [actions([details])];
  if (app.status === "changes_requested") return [actions([details, declare])];
  return [
    actions([
      button(t(locale, "slack.committee.recommend"), ACTIONS.committeeRecommend, app.id),
      button(t(locale, "slack.committee.approve"), ACTIONS.committeeApprove, app.id, "primary"),
      button(t(locale, "slack.committee.reject"), ACTIONS.committeeReject, app.id, "danger"),
      button(t(locale, "slack.committee.requestChanges"), ACTIONS.committeeRequestChanges, app.id),
      details,
      declare,
    ]),
  ];
}

/**
 * A committee click that comes after the fact (a second click, a stale copy of the message): who decided or gave the
 * opinion, and when. Null when the click may still act.
 */
export function lateClickText(locale: Locale, app: ApplicationView, action: "recommend" | "decide"): Mrkdwn | null {
  if (app.decision) {
    return tm(locale, "slack.committee.alreadyDecided", {
      decision: word(locale, `state.${app.decision.status}`, app.decision.status),
      by: app.decision.by,
      at: formatDateTime(app.decision.at, locale),
    });
  }
  if (app.status === "withdrawn") return tm(locale, "slack.committee.alreadyWithdrawn");
  if (app.status === "changes_requested") return tm(locale, "slack.committee.alreadyAwaitingChanges");
  const mine = app.myOpinion;
  if (action === "recommend" && mine && mine.value !== "abstention") {
    return tm(locale, "slack.committee.alreadyRecommended", {
      value: word(locale, `slack.recommendation.${mine.value}`, mine.value),
      by: mine.by,
      at: formatDateTime(mine.at, locale),
    });
  }
  return null;
}

/**
 * L7: an application in the committee's channel, updated in place as opinions and the decision come. Every member of
 * the channel reads it before declaring their ties, so it says only what a member needs to know whether they are
 * tied (the body's name, a renewal, the state, the count of opinions) and who decided; the file itself (themes,
 * competences, experts, comments) opens with "Voir le dossier", to a member who declared and is not tied.
 */
export function committeeMessage(locale: Locale, app: ApplicationView): SlackMessage & { blocks: Block[] } {
  const status = word(locale, `state.${app.status}`, app.status);
  const lines = progress(locale, app);
  const blocks: Block[] = [
    header(t(locale, "slack.committee.title", { organisation: app.organisation })),
    ...(app.renewalOf ? [section(tm(locale, "slack.committee.renewal", { number: app.renewalOf.number }))] : []),
    fields([mrkdwn`*${tm(locale, "slack.committee.status")}*\n${status}`]),
    ...(lines.length ? [section(joinMrkdwn(lines, "\n"))] : []),
    ...(app.status === "withdrawn" ? [] : [context(tm(locale, "slack.committee.detailsHint"))]),
    ...buttons(locale, app),
  ];
  const text = tm(locale, "slack.committee.text", { organisation: clip(app.organisation, 200), status });
  return { text, blocks };
}
