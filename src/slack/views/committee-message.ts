import { THEMES } from "../../domain/themes";
import { formatDateTime, type Locale, t } from "../../i18n";
import type { ApplicationView } from "../../workflow/slack";
import { actions, type Block, button, clip, context, divider, escape, fields, header, section } from "../blocks";
import { ACTIONS } from "../constants";

const MAX_EXPERTS_SHOWN = 8;

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
