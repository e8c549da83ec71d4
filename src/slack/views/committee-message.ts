import { THEMES } from "../../domain/themes";
import { formatDate, formatDateTime, type Locale } from "../../i18n";
import type { ApplicationView } from "../../workflow";
import {
  actions,
  type Block,
  button,
  clip,
  context,
  divider,
  fields,
  header,
  type SlackMessage,
  section,
} from "../blocks";
import { ACTIONS } from "../constants";
import { escapeMrkdwn, joinMrkdwn, type Mrkdwn, mrkdwn, tm, tmWord } from "../mrkdwn";
import { t, word } from "../words";

const MAX_EXPERTS_SHOWN = 8;

/** Before deciding: whether the body is already known (its label, its focal point) and who approval makes focal point. */
function standing(locale: Locale, app: ApplicationView): Block[] {
  const { body } = app;
  if (!body) return [];
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

/** Each member's opinion, then the count: "2 favourable(s), 1 abstention". */
function opinions(locale: Locale, app: ApplicationView): Block[] {
  const lines = app.opinions.map(
    (o) =>
      mrkdwn`${tm(locale, "slack.committee.recommended", {
        value: tmWord(locale, `slack.recommendation.${o.value}`, o.value),
        by: o.by,
        at: formatDateTime(o.at, locale),
      })}${o.comment ? mrkdwn` — ${clip(o.comment, 300)}` : ""}`,
  );
  const counted = (["favourable", "unfavourable", "abstention"] as const)
    .filter((k) => app.counts[k] > 0)
    .map((k) =>
      k === "abstention" && app.counts[k] === 1
        ? tm(locale, "slack.committee.count.abstention.one")
        : tm(locale, `slack.committee.count.${k}`, { n: String(app.counts[k]) }),
    );
  if (counted.length === 0) return [];
  return [
    context(joinMrkdwn([...lines, tm(locale, "slack.committee.counts", { counts: joinMrkdwn(counted, ", ") })], "\n")),
  ];
}

/** The committee's request for changes, and what the body's resubmission changed. */
function changes(locale: Locale, app: ApplicationView): Block[] {
  const request = app.changeRequest;
  if (!request) return [];
  const lines: Mrkdwn[] = [
    mrkdwn`${tm(locale, "slack.committee.changesRequested", { by: request.by, at: formatDateTime(request.at, locale) })}\n> ${clip(request.comment, 1500)}`,
  ];
  if (request.resubmittedAt) {
    const at = formatDateTime(request.resubmittedAt, locale);
    const fields = request.changed.map((f) => word(locale, `field.${f}`, f)).join(", ");
    lines.push(
      fields
        ? tm(locale, "slack.committee.resubmitted", { at, fields })
        : tm(locale, "slack.committee.resubmittedSame", { at }),
    );
  }
  return [section(joinMrkdwn(lines, "\n"))];
}

function outcome(locale: Locale, app: ApplicationView): Block[] {
  const out: Block[] = [...opinions(locale, app), ...changes(locale, app)];
  if (app.decision) {
    const key = app.decision.status === "approved" ? "slack.committee.approved" : "slack.committee.rejected";
    out.push(
      section(
        mrkdwn`${tm(locale, key, {
          by: app.decision.by,
          at: formatDateTime(app.decision.at, locale),
          label: app.decision.labelNumber ?? "",
        })}${app.decision.reason ? mrkdwn`\n> ${clip(app.decision.reason, 1500)}` : ""}`,
      ),
    );
  } else if (app.status === "withdrawn") {
    out.push(section(tm(locale, "slack.committee.withdrawn")));
  } else if (app.status === "changes_requested") {
    out.push(
      context(tm(locale, "slack.committee.awaitingChanges")),
      actions([button(t(locale, "slack.committee.declareTies"), ACTIONS.committeeDeclareTies, app.id)]),
    );
  } else {
    out.push(
      ...standing(locale, app),
      actions([
        button(t(locale, "slack.committee.recommend"), ACTIONS.committeeRecommend, app.id),
        button(t(locale, "slack.committee.approve"), ACTIONS.committeeApprove, app.id, "primary"),
        button(t(locale, "slack.committee.reject"), ACTIONS.committeeReject, app.id, "danger"),
        button(t(locale, "slack.committee.requestChanges"), ACTIONS.committeeRequestChanges, app.id),
        button(t(locale, "slack.committee.details"), ACTIONS.committeeDetails, app.id),
        button(t(locale, "slack.committee.declareTies"), ACTIONS.committeeDeclareTies, app.id),
      ]),
    );
  }
  return out;
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

/** L7: an application as the committee reviews it, then, updated in place, who decided what and when. */
export function committeeMessage(locale: Locale, app: ApplicationView): SlackMessage & { blocks: Block[] } {
  const themes = app.themes.map((k) => THEMES[k]?.[locale] ?? k).join(", ");
  const experts = app.experts
    .slice(0, MAX_EXPERTS_SHOWN)
    .map(
      (e) =>
        mrkdwn`• *${e.name}* — ${e.function} (${word(locale, `category.${e.category}`, e.category)})\n   ${clip(e.qualifications, 300)}`,
    );
  const more = app.experts.length - MAX_EXPERTS_SHOWN;
  const blocks: Block[] = [
    header(t(locale, "slack.committee.title", { organisation: app.organisation })),
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
  const text = tm(locale, "slack.committee.text", {
    organisation: clip(app.organisation, 200),
    status: word(locale, `state.${app.status}`, app.status),
  });
  return { text, blocks };
}
