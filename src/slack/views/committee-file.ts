import { THEMES } from "../../domain/themes";
import { formatDate, formatDateTime, type Locale } from "../../i18n";
import type { ApplicationView } from "../../workflow";
import { type Block, clip, context, divider, fields, section } from "../blocks";
import { escapeMrkdwn, joinMrkdwn, type Mrkdwn, mrkdwn, tm, tmWord } from "../mrkdwn";
import { word } from "../words";
import { decisionLine, opinionCounts, resubmissionLine } from "./committee-message";

const MAX_EXPERTS_SHOWN = 8;

/** Before deciding: whether the body is already known (its label, its focal point) and who approval makes focal point. */
function standing(locale: Locale, app: ApplicationView): Block[] {
  const { body } = app;
  if (!body || app.decision || app.status === "withdrawn") return [];
  const lines: Mrkdwn[] = [];
  const names = joinMrkdwn(body.focalPoints.map(escapeMrkdwn), ", ");
  if (body.known) {
    const label = body.label
      ? tm(locale, "slack.committee.pastLabel", {
          number: body.label.number,
          status: word(locale, `slack.labelState.${body.label.status}`, body.label.status),
          until: formatDate(body.label.validUntil, locale),
        })
      : tm(locale, "slack.committee.noPastLabel");
    const focalPoints = body.focalPoints.length ? names : tm(locale, "slack.committee.noFocalPoint");
    lines.push(tm(locale, "slack.committee.knownBody", { label, focalPoints }));
  }
  if (app.focalPointOnApproval) {
    lines.push(tm(locale, "slack.committee.focalPointToBe", { name: app.focalPointOnApproval }));
  } else if (body.focalPoints.length) {
    lines.push(tm(locale, "slack.committee.focalPointKept", { names }));
  } else lines.push(tm(locale, "slack.committee.focalPointByDaect"));
  return [context(joinMrkdwn(lines, "\n"))];
}

/** Each member's opinion with its comment, then the count. */
function opinions(locale: Locale, app: ApplicationView): Block[] {
  const counts = opinionCounts(locale, app);
  if (!counts) return [];
  const lines = app.opinions.map(
    (o) =>
      mrkdwn`${tm(locale, "slack.committee.recommended", {
        value: tmWord(locale, `slack.recommendation.${o.value}`, o.value),
        by: o.by,
        at: formatDateTime(o.at, locale),
      })}${o.comment ? mrkdwn` — ${clip(o.comment, 300)}` : ""}`,
  );
  return [context(joinMrkdwn([...lines, counts], "\n"))];
}

/** The committee's request for changes with its comment, and what the body's resubmission changed. */
function changes(locale: Locale, app: ApplicationView): Block[] {
  const request = app.changeRequest;
  if (!request) return [];
  const lines: Mrkdwn[] = [
    mrkdwn`${tm(locale, "slack.committee.changesRequested", { by: request.by, at: formatDateTime(request.at, locale) })}\n> ${clip(request.comment, 1500)}`,
  ];
  const resubmitted = resubmissionLine(locale, request);
  if (resubmitted) lines.push(resubmitted);
  return [section(joinMrkdwn(lines, "\n"))];
}

function outcome(locale: Locale, app: ApplicationView): Block[] {
  const out: Block[] = [...opinions(locale, app), ...changes(locale, app)];
  const { decision } = app;
  if (decision) {
    const reason = decision.reason ? mrkdwn`\n> ${clip(decision.reason, 1500)}` : "";
    out.push(section(mrkdwn`${decisionLine(locale, decision)}${reason}`));
  } else if (app.status === "withdrawn") out.push(section(tm(locale, "slack.committee.withdrawn")));
  else if (app.status === "changes_requested") out.push(context(tm(locale, "slack.committee.awaitingChanges")));
  return [...out, ...standing(locale, app)];
}

/**
 * The application's file as a member reads it once they have declared their ties and are not tied to the body: what
 * it says (kind, basis, themes, competences, experts), who filed it, the body's standing, the opinions and their
 * comments, the changes asked, the decision and its reason.
 */
export function committeeFileBlocks(locale: Locale, app: ApplicationView): Block[] {
  const themes = app.themes.map((k) => THEMES[k]?.[locale] ?? k).join(", ");
  const experts = app.experts
    .slice(0, MAX_EXPERTS_SHOWN)
    .map(
      (e) =>
        mrkdwn`• *${e.name}* — ${e.function} (${word(locale, `category.${e.category}`, e.category)})\n   ${clip(e.qualifications, 300)}`,
    );
  const more = app.experts.length - MAX_EXPERTS_SHOWN;
  return [
    section(mrkdwn`*${app.organisation}*`),
    ...(app.renewalOf ? [section(tm(locale, "slack.committee.renewal", { number: app.renewalOf.number }))] : []),
    fields([
      mrkdwn`*${tm(locale, "field.organisationKind")}*\n${word(locale, `kind.${app.organisationKind}`, app.organisationKind)}`,
      mrkdwn`*${tm(locale, "field.basis")}*\n${tmWord(locale, `slack.basis.${app.basis}`, app.basis)}`,
      mrkdwn`*${tm(locale, "field.competenceScope")}*\n${tmWord(locale, `slack.scope.${app.competenceScope}`, app.competenceScope)}`,
      mrkdwn`*${tm(locale, "field.themes")}*\n${themes}`,
      mrkdwn`*${tm(locale, "slack.committee.submitted")}*\n${app.submittedBy}, ${formatDateTime(app.submittedAt, locale)}`,
      mrkdwn`*${tm(locale, "slack.committee.status")}*\n${word(locale, `state.${app.status}`, app.status)}`,
    ]),
    section(mrkdwn`*${tm(locale, "field.competences")}*\n${clip(app.competences, 2000)}`),
    section(
      mrkdwn`*${tm(locale, "field.experts")}*\n${joinMrkdwn(experts, "\n")}${more > 0 ? mrkdwn`\n${tm(locale, "slack.committee.moreExperts", { n: more })}` : ""}`,
    ),
    divider(),
    ...outcome(locale, app),
  ];
}
