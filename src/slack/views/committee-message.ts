import { THEMES } from "../../domain/themes";
import { formatDate, formatDateTime, type Locale, t } from "../../i18n";
import type { ApplicationView } from "../../workflow/slack";
import { actions, type Block, button, clip, context, divider, escape, fields, header, section } from "../blocks";
import { ACTIONS } from "../constants";

const MAX_EXPERTS_SHOWN = 8;

/** Before deciding: whether the body is already known (its label, its focal point) and who approval makes focal point. */
function standing(locale: Locale, app: ApplicationView): Block[] {
  const { body } = app;
  if (!body) return [];
  const lines: string[] = [];
  if (body.known) {
    const label = body.label
      ? t(locale, "slack.committee.pastLabel", {
          number: escape(body.label.number),
          status: t(locale, `slack.labelState.${body.label.status}`),
          until: formatDate(body.label.validUntil, locale),
        })
      : t(locale, "slack.committee.noPastLabel");
    const focalPoints = body.focalPoints.length
      ? body.focalPoints.map(escape).join(", ")
      : t(locale, "slack.committee.noFocalPoint");
    lines.push(t(locale, "slack.committee.knownBody", { label, focalPoints }));
  }
  if (app.focalPointOnApproval) {
    lines.push(t(locale, "slack.committee.focalPointToBe", { name: escape(app.focalPointOnApproval) }));
  } else if (body.focalPoints.length) {
    lines.push(t(locale, "slack.committee.focalPointKept", { names: body.focalPoints.map(escape).join(", ") }));
  } else lines.push(t(locale, "slack.committee.focalPointByDaect"));
  return [context(lines.join("\n"))];
}

function outcome(locale: Locale, app: ApplicationView): Block[] {
  const out: Block[] = [];
  if (app.recommendation) {
    out.push(
      context(
        t(locale, "slack.committee.recommended", {
          value: t(locale, `slack.recommendation.${app.recommendation.value}`),
          by: escape(app.recommendation.by),
          at: formatDateTime(app.recommendation.at, locale),
        }) + (app.recommendation.comment ? ` — ${escape(clip(app.recommendation.comment, 500))}` : ""),
      ),
    );
  }
  if (app.decision) {
    const key = app.decision.status === "approved" ? "slack.committee.approved" : "slack.committee.rejected";
    out.push(
      section(
        t(locale, key, {
          by: escape(app.decision.by),
          at: formatDateTime(app.decision.at, locale),
          label: app.decision.labelNumber ?? "",
        }) + (app.decision.reason ? `\n> ${escape(clip(app.decision.reason, 1500))}` : ""),
      ),
    );
  } else if (app.status === "withdrawn") {
    out.push(section(t(locale, "slack.committee.withdrawn")));
  } else {
    out.push(
      ...standing(locale, app),
      actions([
        ...(app.recommendation
          ? []
          : [button(t(locale, "slack.committee.recommend"), ACTIONS.committeeRecommend, app.id)]),
        button(t(locale, "slack.committee.approve"), ACTIONS.committeeApprove, app.id, "primary"),
        button(t(locale, "slack.committee.reject"), ACTIONS.committeeReject, app.id, "danger"),
      ]),
    );
  }
  return out;
}

/**
 * A committee click that comes after the fact (a second click, a stale copy of the message): who decided or gave the
 * opinion, and when. Null when the click may still act.
 */
export function lateClickText(locale: Locale, app: ApplicationView, action: "recommend" | "decide"): string | null {
  if (app.decision) {
    return t(locale, "slack.committee.alreadyDecided", {
      decision: t(locale, `state.${app.decision.status}`),
      by: escape(app.decision.by),
      at: formatDateTime(app.decision.at, locale),
    });
  }
  if (app.status === "withdrawn") return t(locale, "slack.committee.alreadyWithdrawn");
  if (action === "recommend" && app.recommendation) {
    return t(locale, "slack.committee.alreadyRecommended", {
      value: t(locale, `slack.recommendation.${app.recommendation.value}`),
      by: escape(app.recommendation.by),
      at: formatDateTime(app.recommendation.at, locale),
    });
  }
  return null;
}

/** L7: an application as the committee reviews it, then, updated in place, who decided what and when. */
export function committeeMessage(locale: Locale, app: ApplicationView): { text: string; blocks: Block[] } {
  const themes = app.themes.map((k) => THEMES[k]?.[locale] ?? k).join(", ");
  const experts = app.experts
    .slice(0, MAX_EXPERTS_SHOWN)
    .map(
      (e) =>
        `• *${escape(e.name)}* — ${escape(e.function)} (${t(locale, `category.${e.category}`)})\n   ${escape(clip(e.qualifications, 300))}`,
    );
  const more = app.experts.length - MAX_EXPERTS_SHOWN;
  const blocks: Block[] = [
    header(t(locale, "slack.committee.title", { organisation: app.organisation })),
    fields([
      `*${t(locale, "slack.application.kind")}*\n${t(locale, `kind.${app.organisationKind}`)}`,
      `*${t(locale, "slack.application.basis")}*\n${t(locale, `slack.basis.${app.basis}`)}`,
      `*${t(locale, "slack.application.scope")}*\n${t(locale, `slack.scope.${app.competenceScope}`)}`,
      `*${t(locale, "slack.application.themes")}*\n${themes}`,
      `*${t(locale, "slack.committee.submitted")}*\n${escape(app.submittedBy)}, ${formatDateTime(app.submittedAt, locale)}`,
      `*${t(locale, "slack.committee.status")}*\n${t(locale, `state.${app.status}`)}`,
    ]),
    section(`*${t(locale, "slack.application.competences")}*\n${escape(clip(app.competences, 2000))}`),
    section(
      `*${t(locale, "slack.application.experts")}*\n${experts.join("\n")}${more > 0 ? `\n${t(locale, "slack.committee.moreExperts", { n: more })}` : ""}`,
    ),
    divider(),
    ...outcome(locale, app),
  ];
  const text = t(locale, "slack.committee.text", {
    organisation: app.organisation,
    status: t(locale, `state.${app.status}`),
  });
  return { text, blocks };
}
