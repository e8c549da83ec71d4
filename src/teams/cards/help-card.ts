import type { Locale } from "../../i18n";
import { COMMANDS } from "../constants";
import { type Card, card, heading, subtle, text } from "./card-kit";
import { tmd } from "./markdown";

/** The "aide / help" answer: the commands of this scope, then what arrives by itself. */
export function helpCard(locale: Locale, scope: "personal" | "team"): Card {
  const commands = COMMANDS.filter((c) => c.scopes.includes(scope));
  return card([
    heading(tmd(locale, "teams.help.title")),
    ...commands.map((c) => text(tmd(locale, `teams.help.${c.id}`))),
    subtle(tmd(locale, "teams.help.cards")),
  ]);
}
