import type { DiplomaCheckText } from "../../i18n/diploma-check";
import { alert, type Card, card, facts, good } from "./card-kit";
import { escapeMarkdown } from "./markdown";

/** "vérifier <numéro>": the diploma's standing and facts, as the public verification page states them. */
export function diplomaCheckCard(check: DiplomaCheckText): Card {
  const headline = escapeMarkdown(check.headline);
  return card(
    [
      check.standing === "valid" ? good(headline) : alert(headline),
      facts(check.facts.map((fact) => [escapeMarkdown(fact.label), escapeMarkdown(fact.value)] as const)),
    ],
    [],
    { fallbackText: headline },
  );
}
