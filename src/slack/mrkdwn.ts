import type { Locale } from "../i18n";
import { closeDirections } from "../i18n/bidi";
import { has, type SlackKey, t } from "./words";

let trust: (source: string) => Mrkdwn;

/**
 * Slack mrkdwn that is safe to send: the bot's own words and formatting, with whatever people typed escaped. A
 * plain string is not a Mrkdwn, so text from people cannot reach a mrkdwn field or a message's notification text
 * without going through `mrkdwn`, `escapeMrkdwn` or `tm`.
 */
export class Mrkdwn {
  readonly #source: string;

  private constructor(source: string) {
    this.#source = source;
  }

  static {
    trust = (source) => new Mrkdwn(source);
  }

  toString(): string {
    return this.#source;
  }
}

/** What a template or a message parameter may hold: Mrkdwn as it is, strings and numbers escaped. */
export type MrkdwnValue = Mrkdwn | string | number;

/** Slack's three control characters, as Slack documents their escapes: no mention, link or command survives. */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * Slack has no escape for its formatting markers and does not publish the rules by which a marker opens or closes,
 * and zero-width characters are themselves boundaries to it (a zero-width space is the known way to make bold start
 * inside a word), so no invisible character placed next to a marker is sure to disarm it. A look-alike character is
 * no marker at all: it cannot open or close anything, and the text reads the same.
 */
const LOOK_ALIKES: Record<string, string> = {
  "*": "\u2217", // ∗ asterisk operator
  _: "\u02CD", // ˍ modifier letter low macron
  "~": "\u223C", // ∼ tilde operator
  "`": "\u02CB", // ˋ modifier letter grave accent
};

/** Slack quotes a line that starts with `>` whether it is sent raw or as `&gt;`: at a line start it is a look-alike. */
const QUOTE_LOOK_ALIKE = "\uFF1E"; // ＞ full-width greater-than sign

function escaped(text: string): string {
  return closeDirections(text)
    .replace(/^([ \t]*)>/gm, `$1${QUOTE_LOOK_ALIKE}`)
    .replace(/[&<>*_~`]/g, (char) => ENTITIES[char] ?? LOOK_ALIKES[char] ?? char);
}

function sourceOf(value: MrkdwnValue): string {
  return value instanceof Mrkdwn ? value.toString() : escaped(String(value));
}

/** Text from people (or anything else that is not mrkdwn) as mrkdwn that shows it as it is. */
export function escapeMrkdwn(text: string | number): Mrkdwn {
  return trust(escaped(String(text)));
}

/** `mrkdwn\`*${label}* ${userText}\``: the template's own text is mrkdwn, every value in it is escaped unless Mrkdwn. */
export function mrkdwn(strings: TemplateStringsArray, ...values: readonly MrkdwnValue[]): Mrkdwn {
  return trust(strings.reduce((out, literal, i) => out + sourceOf(values[i - 1] ?? "") + literal));
}

/** Pieces of mrkdwn one after the other, with a separator (escaped, like any string). */
export function joinMrkdwn(parts: readonly Mrkdwn[], separator: MrkdwnValue): Mrkdwn {
  return trust(parts.map(String).join(sourceOf(separator)));
}

/** The catalog message `key`, whose own text is mrkdwn, with every parameter escaped unless it is Mrkdwn already. */
export function tm(locale: Locale, key: SlackKey, params: Record<string, MrkdwnValue | undefined> = {}): Mrkdwn {
  const filled: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) filled[name] = value === undefined ? "" : sourceOf(value);
  return trust(t(locale, key, filled));
}

/** The words of a key built at run time from a value the types leave open (a status), or the value escaped. */
export function tmWord(locale: Locale, key: string, value: string): Mrkdwn {
  return has(key) ? tm(locale, key) : escapeMrkdwn(value);
}

/** Mrkdwn cut to `max` characters, marking the cut, never inside an escape (`&amp;`) or a surrogate pair. */
export function clipMrkdwn(text: Mrkdwn, max: number): Mrkdwn {
  const source = text.toString();
  if (source.length <= max) return text;
  let end = max - 1;
  const entity = source.lastIndexOf("&", end - 1);
  if (entity >= 0 && entity > end - 5 && source.indexOf(";", entity) >= end) end = entity;
  if (/[\uD800-\uDBFF]/.test(source.charAt(end - 1))) end -= 1;
  return trust(`${source.slice(0, end)}…`);
}
