/**
 * A model of how Slack reads mrkdwn, for tests that check text from people is shown and never read as markup.
 * Slack does not publish its parser, so the model is eager on purpose: where the real rules are unknown it reads
 * more formatting than Slack would, never less, and a text that the model reads as plain is plain in Slack.
 *
 * - `<` up to the next `>` is a control sequence: a mention (`<@U…>`, `<!here>`), a channel, a link, a date.
 * - A line that starts with `>` or `&gt;` (after spaces) is a quote.
 * - ``` up to the next ``` is preformatted; nothing inside is read further.
 * - A backtick up to the next backtick on the same line is code.
 * - `*`, `_` and `~` open bold, italic and strikethrough at the start of a text or after anything that is not a letter
 *   or a digit (spaces, punctuation, invisible characters), when what follows is not a space; the first marker of the
 *   same kind later on the same line closes it, when what precedes is not a space and what follows is the end or
 *   anything that is not a letter or a digit.
 * - `&amp;`, `&lt;` and `&gt;` are shown as `&`, `<` and `>`; everything else is shown as it is.
 */

export type ReadingKind = "control" | "quote" | "pre" | "code" | "bold" | "italic" | "strike";

export interface MrkdwnReading {
  kind: ReadingKind;
  /** What the reading covers, markers included. */
  text: string;
}

const EMPHASIS: Record<string, ReadingKind> = { "*": "bold", _: "italic", "~": "strike" };
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const isSpace = (char: string | undefined) => char === undefined || /\s/u.test(char);

/** Blanks out what a reading covered, so that later passes do not read inside it (lengths are kept). */
function blank(source: string, start: number, end: number): string {
  return source.slice(0, start) + " ".repeat(end - start) + source.slice(end);
}

function readPattern(source: string, pattern: RegExp, kind: ReadingKind, out: MrkdwnReading[]): string {
  let rest = source;
  for (const match of source.matchAll(pattern)) {
    out.push({ kind, text: match[0] });
    rest = blank(rest, match.index, match.index + match[0].length);
  }
  return rest;
}

function closerOf(line: string, marker: string, from: number): number {
  for (let j = from; j < line.length; j++) {
    if (line[j] === marker && !isSpace(line[j - 1]) && !isWordChar(line[j + 1])) return j;
  }
  return -1;
}

function readEmphasis(line: string, out: MrkdwnReading[]): void {
  let i = 0;
  while (i < line.length) {
    const marker = line.charAt(i);
    const kind = EMPHASIS[marker];
    const close = kind && !isWordChar(line[i - 1]) && !isSpace(line[i + 1]) ? closerOf(line, marker, i + 2) : -1;
    if (kind && close >= 0) {
      out.push({ kind, text: line.slice(i, close + 1) });
      i = close + 1;
    } else i += 1;
  }
}

/** Everything Slack would read as markup in a mrkdwn text, in the order of the passes above. */
export function readMrkdwn(source: string): MrkdwnReading[] {
  const out: MrkdwnReading[] = [];
  let rest = readPattern(source, /<[^>]*>/g, "control", out);
  rest = readPattern(rest, /```[\s\S]*?```/g, "pre", out);
  for (const line of rest.split("\n")) {
    if (/^[ \t]*(>|&gt;)/.test(line)) out.push({ kind: "quote", text: line });
    const code: MrkdwnReading[] = [];
    const plain = readPattern(line, /`[^`]+`/g, "code", code);
    out.push(...code);
    readEmphasis(plain, out);
  }
  return out;
}

/** What Slack shows of a mrkdwn text once read: the three escapes decoded (controls are left out). */
export function shownMrkdwn(source: string): string {
  return source
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
