import path from "node:path";
import { core } from "../../src/i18n/messages/core";
import { messageArgs } from "../../src/slack/blocks";
import { slackMessages } from "../../src/slack/messages";
import { tm } from "../../src/slack/mrkdwn";
import type { SlackKey } from "../../src/slack/words";
import { checkMessageBlocks, checkView } from "../fakes/slack-block-kit-limits";
import {
  catalogMessages,
  directionsClosed,
  exportedFunctions,
  HOSTILE_CASES,
  isLong,
  plainTwin,
} from "../support/hostile-text";
import { NOT_SLACK_BUILDERS, SLACK_BUILDERS, type SlackPayload } from "../support/slack-hostile-views";
import { readMrkdwn, shownMrkdwn } from "../support/slack-mrkdwn-model";

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

  it.each(Object.entries(SLACK_BUILDERS))("%s", (_name, builder) => {
    for (const [locale, v] of HOSTILE_CASES) {
      const twin = textsOf(builder.render(plainTwin(v), locale));
      expectShownNotInterpreted(textsOf(builder.render(v, locale)), twin, v, builder.shows);
    }
  });

  it("fills every catalog message (replies, confirmations, the diploma's comment) with escaped parameters", () => {
    const only = (text: string): Texts => ({ mrkdwn: [text], plain: [], notVerbatim: 0, problems: [] });
    for (const { key, fill, hasParams } of catalogMessages<SlackKey>(core.fr, slackMessages.fr)) {
      for (const [locale, v] of HOSTILE_CASES) {
        const hostile = only(tm(locale, key, fill(v)).toString());
        expectShownNotInterpreted(hostile, only(tm(locale, key, fill(plainTwin(v))).toString()), v, hasParams);
      }
    }
  });
});
