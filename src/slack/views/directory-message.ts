import { THEMES } from "../../domain/themes";
import { formatDate, type Locale, t } from "../../i18n";
import type { ExpertiseHit } from "../../workflow";
import { type Block, clip, context, escape, section } from "../blocks";

/** The expertise directory's answer: bodies with an active label, their themes, competences and experts. */
export function directoryBlocks(
  locale: Locale,
  query: string,
  hits: readonly ExpertiseHit[],
): { text: string; blocks: Block[] } {
  const title = t(locale, hits.length ? "slack.find.results" : "slack.find.none", {
    query: escape(query),
    count: hits.length,
  });
  const blocks: Block[] = [section(title)];
  for (const hit of hits) {
    const themes = hit.themes.map((k) => THEMES[k][locale]).join(", ");
    const experts = hit.experts.map((e) => `${escape(e.name)} (${escape(e.function)})`).join(", ");
    blocks.push(
      section(
        `*${escape(hit.organisationName)}* — ${hit.labelNumber}\n` +
          `${themes}\n${escape(clip(hit.competences, 400))}` +
          (experts ? `\n_${t(locale, "slack.find.experts")}_ ${clip(experts, 800)}` : ""),
      ),
      context(
        t(locale, "slack.find.validUntil", { date: formatDate(hit.validUntil, locale) }) +
          (hit.missionsInCountry ? ` · ${t(locale, "slack.find.inCountry", { count: hit.missionsInCountry })}` : ""),
      ),
    );
  }
  return { text: title, blocks };
}
