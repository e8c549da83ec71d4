import { THEME_KEYS, THEMES, type Theme } from "../../domain/themes";
import { findExpertise } from "../../workflow";
import { tm } from "../mrkdwn";
import { directoryBlocks } from "../views/directory-message";
import { ephemeral, normalise, type Subcommand } from "./subcommand";

const COUNTRY = /^[A-Z]{2}$/;

/** A theme when the words name one (key or French/English name), else free keywords; a final "SN" is a country. */
export function parseSearch(args: string): { theme?: Theme; keyword?: string; countryCode?: string } {
  const words = args.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  const countryCode = last && COUNTRY.test(last) && words.length > 1 ? last : undefined;
  const text = (countryCode ? words.slice(0, -1) : words).join(" ");
  const wanted = normalise(text);
  const theme = THEME_KEYS.find(
    (k) => k === wanted || normalise(THEMES[k].fr) === wanted || normalise(THEMES[k].en) === wanted,
  );
  if (theme) return { theme, countryCode };
  return { keyword: text || undefined, countryCode };
}

export const find: Subcommand = {
  names: ["chercher", "find", "search", "recherche"],
  key: "find",
  allowed: () => true,
  run: async ({ args, caller, respond, surface }) => {
    if (!args) {
      await ephemeral(respond, tm(caller.locale, "slack.find.usage"));
      return;
    }
    const search = parseSearch(args);
    const hits = await findExpertise(surface.ctx, caller.actor, { ...search, limit: 10 });
    const message = directoryBlocks(caller.locale, args, hits);
    await ephemeral(respond, message.text, message.blocks);
  },
};
