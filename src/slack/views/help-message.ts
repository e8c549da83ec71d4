import { type Locale, t } from "../../i18n";
import { type Block, context, section } from "../blocks";
import type { Subcommand } from "../commands/subcommand";
import { COMMAND } from "../constants";

/** The sub-commands the caller may use, under the names of the caller's language. */
export function helpBlocks(locale: Locale, allowed: readonly Subcommand[]): { text: string; blocks: Block[] } {
  const nameOf = (s: Subcommand) => (locale === "en" ? (s.names[1] ?? s.names[0]) : s.names[0]);
  const lines = allowed.map((s) => `• \`${COMMAND} ${nameOf(s)}\` — ${t(locale, `slack.help.${s.key}`)}`);
  return {
    text: t(locale, "slack.help.title"),
    blocks: [
      section(`*${t(locale, "slack.help.title")}*\n${lines.join("\n")}`),
      context(t(locale, "slack.help.footer", { help: `${COMMAND} ${locale === "en" ? "help" : "aide"}` })),
    ],
  };
}
