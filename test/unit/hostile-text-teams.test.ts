import path from "node:path";
import MarkdownIt from "markdown-it";
import { core } from "../../src/i18n/messages/core";
import { tmd } from "../../src/teams/cards/markdown";
import { teamsMessages } from "../../src/teams/messages";
import type { TeamsKey } from "../../src/teams/words";
import { cardProblems } from "../support/adaptive-cards";
import {
  catalogMessages,
  directionsClosed,
  exportedFunctions,
  HOSTILE_CASES,
  isLong,
  plainTwin,
} from "../support/hostile-text";
import { cardOf, NOT_TEAMS_BUILDERS, TEAMS_BUILDERS, type TeamsPayload } from "../support/teams-hostile-cards";

/**
 * CommonMark as Teams' renderers read it, HTML off, with GitHub's strikethrough and tables on top: a renderer that
 * reads more than Teams does, so that what it shows as text Teams shows as text.
 */
const markdown = new MarkdownIt("commonmark", { html: false }).enable(["strikethrough", "table"]);
/** Elements the cards' own words never make: from people's text they would be a link, code, a heading, a list… */
const NEVER = /<(a|code|pre|h[1-6]|ul|ol|li|blockquote|img|s|del|table|hr|em)\b/;

interface Texts {
  markdown: string[];
  problems: string[];
}

/** The texts Teams renders as markdown: TextBlocks, FactSet titles and values, fallback texts, text messages. */
function collect(node: unknown, out: string[]): void {
  if (Array.isArray(node)) for (const item of node) collect(item, out);
  else if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (record.type === "TextBlock" && typeof record.text === "string") out.push(record.text);
    if (record.type === "FactSet" && Array.isArray(record.facts)) {
      for (const fact of record.facts as { title: string; value: string }[]) out.push(fact.title, fact.value);
    }
    if (typeof record.fallbackText === "string") out.push(record.fallbackText);
    for (const [key, value] of Object.entries(record)) if (key !== "facts") collect(value, out);
  }
}

/** The texts of what a builder gave, and, when asked (the plain twin needs no second check), the cards' problems. */
function textsOf(payloads: readonly TeamsPayload[], check = true): Texts {
  const out: Texts = { markdown: [], problems: [] };
  for (const payload of payloads) {
    const card = cardOf(payload);
    if (card) {
      if (check) out.problems.push(...cardProblems(card));
      collect(card, out.markdown);
    } else if ("markdown" in payload) out.markdown.push(String(payload.markdown));
  }
  return out;
}

const tagsOf = (html: string) => [...html.matchAll(/<(\w+)/g)].map((m) => m[1]).join(" ");

/** The words a reader sees in the rendered HTML, spaces of every kind made one. */
function shownOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/[\u202C\u2069]/g, "")
    .replace(/\s+/gu, " ");
}

/** Checks a rendering with `v` in every field against the same rendering with plain letters of the same shape. */
function expectShownNotInterpreted(hostile: Texts, twin: Texts, v: string, shows: boolean): void {
  expect(hostile.problems).toEqual([]);
  expect(hostile.markdown).toHaveLength(twin.markdown.length);
  const rendered = hostile.markdown.map((source, i) => {
    const html = markdown.render(source);
    const plain = markdown.render(twin.markdown[i] ?? "");
    expect({ source, tags: tagsOf(html) }).toEqual({ source, tags: tagsOf(plain) });
    expect(html).not.toMatch(NEVER);
    expect(directionsClosed(source)).toBe(true);
    return shownOf(html);
  });
  if (!shows || isLong(v)) return;
  const shown = rendered.join(" ");
  for (const line of v.split("\n")) expect(shown).toContain(line.replace(/\s+/gu, " ").trim());
}

describe("Teams shows what people typed and never reads it as markdown", () => {
  it("has a hostile rendering for every card builder of src/teams/cards", () => {
    const src = path.resolve(__dirname, "../../src/teams");
    // The card kit's primitives and the Markdown type are what every builder is made of, checked through them.
    const exported = exportedFunctions(src, "cards", ["card-kit.ts", "markdown.ts"]).map((name) =>
      name.replace(/^cards\//, ""),
    );
    const uncovered = exported.filter((name) => !(name in TEAMS_BUILDERS) && !(name in NOT_TEAMS_BUILDERS));
    expect(uncovered).toEqual([]);
  });

  it.each(Object.entries(TEAMS_BUILDERS))("%s", (_name, builder) => {
    for (const [locale, v] of HOSTILE_CASES) {
      const twin = textsOf(builder.render(plainTwin(v), locale), false);
      expectShownNotInterpreted(textsOf(builder.render(v, locale)), twin, v, builder.shows);
    }
  });

  it("fills every catalog message (text messages, notices) with escaped parameters", () => {
    const only = (text: string): Texts => ({ markdown: [text], problems: [] });
    for (const { key, fill, hasParams } of catalogMessages<TeamsKey>(core.fr, teamsMessages.fr)) {
      for (const [locale, v] of HOSTILE_CASES) {
        const hostile = only(tmd(locale, key, fill(v)).toString());
        expectShownNotInterpreted(hostile, only(tmd(locale, key, fill(plainTwin(v))).toString()), v, hasParams);
      }
    }
  });
});
