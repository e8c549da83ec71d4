import type { Locale } from "../../i18n";
import { closeDirections } from "../../i18n/bidi";
import { type TeamsKey, t } from "../words";

let trust: (source: string) => Markdown;

/**
 * The markdown Teams renders in a TextBlock, a FactSet and a text message, safe to send: the bot's own words, with
 * whatever people typed escaped. A plain string is not Markdown, so text from people cannot reach those places
 * without going through `md`, `escapeMarkdown` or `tmd`.
 */
export class Markdown {
  readonly #markdown: string;

  private constructor(markdown: string) {
    this.#markdown = markdown;
  }

  static {
    trust = (markdown) => new Markdown(markdown);
  }

  toString(): string {
    return this.#markdown;
  }
}

export type MarkdownValue = Markdown | string | number;

/** Characters that open or close something wherever they stand: emphasis, code, links, strikethrough, HTML, tables. */
const ANYWHERE = /[\\`*_~[\]<>&|]/g;
/**
 * Characters that mean something only at the start of a line (headings, lists, setext underlines, thematic breaks). They are escaped there only: every backslash is a risk of being shown, as some Teams clients have shown
 * them (AdaptiveCards#5590). Leading spaces become no-break spaces, which
 * no markdown counts as indentation: no indented code block.
 */
const LINE_START = /^(\u00A0*)([#+\-=]|\d+(?=[.)]))/gm;

function escaped(text: string): string {
  return closeDirections(text)
    .replace(ANYWHERE, "\\$&")
    .replace(/^[ \t]+/gm, (indent) => "\u00A0".repeat(indent.length))
    .replace(LINE_START, (_, indent: string, marker: string) =>
      /^\d/.test(marker) ? `${indent}${marker}\\` : `${indent}\\${marker}`,
    );
}

function markdownOf(value: MarkdownValue): string {
  return value instanceof Markdown ? value.toString() : escaped(String(value));
}

/** Text from people (or anything else that is not markdown) as markdown that shows it as it is. */
export function escapeMarkdown(text: string | number): Markdown {
  return trust(escaped(String(text)));
}

/** `md\`**${label}** ${userText}\``: the template's own text is markdown, every value in it is escaped unless Markdown. */
export function md(strings: TemplateStringsArray, ...values: readonly MarkdownValue[]): Markdown {
  return trust(strings.reduce((out, literal, i) => out + markdownOf(values[i - 1] ?? "") + literal));
}

/** Pieces of markdown one after the other, with a separator (escaped, like any string). */
export function joinMarkdown(parts: readonly Markdown[], separator: MarkdownValue): Markdown {
  return trust(parts.map(String).join(markdownOf(separator)));
}

/** The catalog message `key`, whose own text is markdown, with every parameter escaped unless it is Markdown. */
export function tmd(locale: Locale, key: TeamsKey, params: Record<string, MarkdownValue | undefined> = {}): Markdown {
  const filled: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) filled[name] = value === undefined ? "" : markdownOf(value);
  return trust(t(locale, key, filled));
}
