import path from "node:path";
import { type Locale, registerCatalog } from "../../src/i18n";
import { core } from "../../src/i18n/messages/core";
import { messageArgs } from "../../src/slack/blocks";
import { slackMessages } from "../../src/slack/messages";
import { tm } from "../../src/slack/mrkdwn";
import { checkMessageBlocks, checkView } from "../fakes/slack-block-kit-limits";
import { directionsClosed, exportedFunctions, HOSTILE_VALUES, isLong, plainTwin } from "../support/hostile-text";
import { NOT_SLACK_BUILDERS, SLACK_BUILDERS, type SlackPayload } from "../support/slack-hostile-views";
import { readMrkdwn, shownMrkdwn } from "../support/slack-mrkdwn-model";

registerCatalog(slackMessages);

const LOCALES: readonly Locale[] = ["fr", "en"];
/** The long value checks the limits, which do not depend on the language: once is enough. */
const valuesFor = (locale: Locale) => HOSTILE_VALUES.filter((v) => locale === "fr" || !isLong(v));
/** Slack's formatting markers in people's text are shown as these look-alikes (src/slack/mrkdwn.ts). */
const LOOK_ALIKES: Record<string, string> = {
  "\u2217": "*",
  "\u02CD": "_",
  "\u223C": "~",
  "\u02CB": "`",
  "\uFF1E": ">",
};

interface Texts {
  mrkdwn: string[];
  plain: string[];
  /** mrkdwn text objects that let Slack preprocess them (turn names and URLs into links). */
  notVerbatim: number;
  problems: string[];
}

function collect(node: unknown, out: Texts): void {
  if (Array.isArray(node)) for (const item of node) collect(item, out);
  else if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (record.type === "mrkdwn" && typeof record.text === "string") {
      out.mrkdwn.push(record.text);
      if (record.verbatim !== true) out.notVerbatim += 1;
    }
    if (record.type === "plain_text" && typeof record.text === "string") out.plain.push(record.text);
    for (const value of Object.values(record)) collect(value, out);
  }
}

/** Every text of what a builder gave, as Slack receives it, and what Slack's limits say of it. */
function textsOf(payloads: readonly SlackPayload[]): Texts {
  const out: Texts = { mrkdwn: [], plain: [], notVerbatim: 0, problems: [] };
  for (const payload of payloads) {
    if ("message" in payload) {
      const args = messageArgs(payload.message);
      out.mrkdwn.push(args.text);
      out.problems.push(...checkMessageBlocks(args.blocks));
      collect(args.blocks, out);
    } else if ("view" in payload) {
      out.problems.push(...checkView(payload.view));
      collect(payload.view, out);
    } else if ("blocks" in payload) {
      out.problems.push(...checkMessageBlocks(payload.blocks));
      collect(payload.blocks, out);
    } else out.mrkdwn.push(String(payload.line));
  }
  return out;
}

/** What the model reads as markup in a text, as a sorted list of kinds. */
const readingsOf = (source: string) =>
  readMrkdwn(source)
    .map((r) => r.kind)
    .sort();

/** `found` holds every item of `within`'s list or fewer of each, never one more. */
function extraReadings(found: string[], within: string[]): string[] {
  const left = [...within];
  return found.filter((kind) => {
    const i = left.indexOf(kind);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/** Checks a rendering with `v` in every field against the same rendering with plain letters of the same shape. */
function expectShownNotInterpreted(hostile: Texts, twin: Texts, v: string, shows: boolean): void {
  expect(hostile.problems).toEqual([]);
  expect(hostile.notVerbatim).toBe(0);
  expect(hostile.mrkdwn).toHaveLength(twin.mrkdwn.length);
  hostile.mrkdwn.forEach((source, i) => {
    const found = readingsOf(source);
    const plain = readingsOf(twin.mrkdwn[i] ?? "");
    // Slack cuts the long text where its escapes make it longer than the letters: less is read, never more.
    if (isLong(v)) expect(extraReadings(found, plain)).toEqual([]);
    else expect({ source, readings: found }).toEqual({ source, readings: plain });
    expect(source).not.toContain("<");
    expect(directionsClosed(source)).toBe(true);
  });
  if (!shows || isLong(v)) return;
  const shown = [...hostile.mrkdwn.map(shownMrkdwn), ...hostile.plain]
    .join("\n")
    .replace(/[\u2217\u02CD\u223C\u02CB\uFF1E]/g, (c) => LOOK_ALIKES[c] ?? c)
    .replace(/[\u202C\u2069]/g, "");
  for (const line of v.split("\n")) expect(shown).toContain(line);
}

describe("Slack shows what people typed and never reads it as mrkdwn", () => {
  it("has a hostile rendering for every builder of src/slack/views and the App Home", () => {
    const src = path.resolve(__dirname, "../../src/slack");
    const exported = [
      ...exportedFunctions(src, "views"),
      ...exportedFunctions(src, "home", ["app-home-opened.ts", "publish-home.ts"]),
    ];
    const uncovered = exported.filter((name) => !(name in SLACK_BUILDERS) && !(name in NOT_SLACK_BUILDERS));
    expect(uncovered).toEqual([]);
  });

  it.each(Object.keys(SLACK_BUILDERS))("%s", (name) => {
    const builder = SLACK_BUILDERS[name];
    if (!builder) throw new Error(name);
    for (const locale of LOCALES) {
      for (const v of valuesFor(locale)) {
        const hostile = textsOf(builder.render(v, locale));
        const twin = textsOf(builder.render(plainTwin(v), locale));
        expectShownNotInterpreted(hostile, twin, v, builder.shows);
      }
    }
  });

  it("fills every catalog message (replies, confirmations, the diploma's comment) with escaped parameters", () => {
    for (const locale of LOCALES) {
      for (const key of Object.keys({ ...core.fr, ...slackMessages.fr })) {
        const names = [...(slackMessages.fr[key] ?? core.fr[key] ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const fill = (v: string) => Object.fromEntries(names.map((n) => [n as string, v]));
        for (const v of HOSTILE_VALUES) {
          const hostile = { mrkdwn: [tm(locale, key, fill(v)).toString()], plain: [], notVerbatim: 0, problems: [] };
          const twin = { ...hostile, mrkdwn: [tm(locale, key, fill(plainTwin(v))).toString()] };
          expectShownNotInterpreted(hostile, twin, v, names.length > 0);
        }
      }
    }
  });
});
