import type { Locale } from "../../i18n";
import { type Block, context, type SlackMessage, section } from "../blocks";
import type { Subcommand } from "../commands/subcommand";
import { COMMAND } from "../constants";
import { joinMrkdwn, mrkdwn, tm, tmWord } from "../mrkdwn";

/** The sub-commands the caller may use, under the names of the caller's language. */
export function helpBlocks(locale: Locale, allowed: readonly Subcommand[]): SlackMessage & { blocks: Block[] } {
  const nameOf = (s: Subcommand) => (locale === "en" ? (s.names[1] ?? s.names[0]) : s.names[0]) ?? "";
  const lines = allowed.map(
    (s) => mrkdwn`• \`${COMMAND} ${nameOf(s)}\` — ${tmWord(locale, `slack.help.${s.key}`, s.key)}`,
  );
  return {
    text: tm(locale, "slack.help.title"),
    blocks: [
      section(mrkdwn`*${tm(locale, "slack.help.title")}*\n${joinMrkdwn(lines, "\n")}`),
      context(tm(locale, "slack.help.footer", { help: `${COMMAND} ${locale === "en" ? "help" : "aide"}` })),
    ],
  };
}
