import { THEMES } from "../../domain/themes";
import { formatDate, type Locale } from "../../i18n";
import type { ExpertiseHit } from "../../workflow";
import { type Block, clip, context, type SlackMessage, section } from "../blocks";
import { joinMrkdwn, mrkdwn, tm } from "../mrkdwn";

/** The expertise directory's answer: bodies with an active label, their themes, competences and experts. */
export function directoryBlocks(
  locale: Locale,
  query: string,
  hits: readonly ExpertiseHit[],
): SlackMessage & { blocks: Block[] } {
  const title = tm(locale, hits.length ? "slack.find.results" : "slack.find.none", {
    query: clip(query, 200),
    count: hits.length,
  });
  const blocks: Block[] = [section(title)];
  for (const hit of hits) {
    const themes = hit.themes.map((k) => THEMES[k][locale]).join(", ");
    const experts = clip(hit.experts.map((e) => `${e.name} (${e.function})`).join(", "), 800);
    const inCountry = hit.missionsInCountry
      ? mrkdwn` · ${tm(locale, "slack.find.inCountry", { count: hit.missionsInCountry })}`
      : "";
    blocks.push(
      section(
        joinMrkdwn(
          [
            mrkdwn`*${clip(hit.organisationName, 200)}* — ${hit.labelNumber}`,
            mrkdwn`${themes}`,
            mrkdwn`${clip(hit.competences, 400)}`,
            ...(experts ? [mrkdwn`_${tm(locale, "slack.find.experts")}_ ${experts}`] : []),
          ],
          "\n",
        ),
      ),
      context(mrkdwn`${tm(locale, "slack.find.validUntil", { date: formatDate(hit.validUntil, locale) })}${inCountry}`),
    );
  }
  return { text: title, blocks };
}
