import type { Locale } from "../../i18n";
import type { DiplomaCheckText } from "../../i18n/diploma-check";
import { type Block, clip, fields, type SlackMessage, section } from "../blocks";
import { mrkdwn, tm } from "../mrkdwn";

/** `/expect verifier <number>`: what the public page says of the diploma, or that no diploma has that number. */
export function diplomaCheckBlocks(locale: Locale, check: DiplomaCheckText | null): SlackMessage & { blocks: Block[] } {
  if (!check) {
    const unknown = tm(locale, "verify.unknown");
    return { text: unknown, blocks: [section(unknown)] };
  }
  const headline = mrkdwn`${check.headline}`;
  return {
    text: headline,
    blocks: [
      section(mrkdwn`*${headline}*`),
      // A field holds 2 000 characters: the longest fact, a body's name, is 200 at most.
      fields(check.facts.map((fact) => mrkdwn`*${fact.label}*\n${clip(fact.value, 500)}`)),
    ],
  };
}
