import fs from "node:fs";
import path from "node:path";
import type { Locale } from "../../src/i18n";
import type { MissionDetails, MissionSummary } from "../../src/workflow";

/**
 * What people may type into any field the bot shows again: Slack's mentions and links, markdown of every kind,
 * entities typed literally, line-start markers (alone and after a line break, since a field rarely starts a line of
 * the message), a text far over every limit, emoji, and direction controls.
 */
const SHORT: readonly string[] = [
  "<!channel>",
  "<!here>",
  "<@U012ABC>",
  "<#C012ABC>",
  "<https://evil.example|Cliquez ici>",
  "[lien](https://evil.example)",
  "**gras** *x* _y_ ~z~ `code` ```bloc```",
  "&lt;!channel&gt; &amp;",
  "> citation",
  "# titre",
  "1. liste",
  "🇫🇷👩🏽‍💼",
  "\u202E\u200F",
  "ligne\n> citation\n&gt; citée\n# titre\n1. liste\n2) liste\n- puce\n+ puce\n    code\n===\n---\n| a | b |",
  "@channel @here #général https://evil.example",
];

/** 10 000 characters of the values above, cut between characters (never inside a surrogate pair). */
const LONG = Array.from(SHORT.join(" ").repeat(30)).slice(0, 10_000).join("");

export const HOSTILE_VALUES: readonly string[] = [...SHORT, LONG];

/**
 * Each language with the values to try in it: every value in French, all but the long one in English (it checks
 * limits, which do not depend on the language).
 */
export const HOSTILE_CASES: readonly (readonly [Locale, string])[] = (["fr", "en"] as const).flatMap((locale) =>
  HOSTILE_VALUES.filter((v) => locale === "fr" || v !== LONG).map((v) => [locale, v] as const),
);

export interface CatalogMessage<K extends string = string> {
  key: K;
  /** Its placeholders, each filled with `v`. */
  fill(v: string): Record<string, string>;
  hasParams: boolean;
}

/** Every message of the catalogs (French templates), to fill with hostile values. */
export function catalogMessages<K extends string>(
  ...catalogs: Readonly<Partial<Record<K, string>>>[]
): CatalogMessage<K>[] {
  const templates: Record<K, string> = Object.assign({}, ...catalogs);
  // Object.entries forgets the keys' type: these are exactly the catalogs' keys.
  return (Object.entries(templates) as [K, string][]).map(([key, template]) => {
    const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
    return { key, fill: (v) => Object.fromEntries(names.map((n) => [n, v])), hasParams: names.length > 0 };
  });
}

/** Whether a value is the one far over the limits (the builders and Slack cut it, so less of it is shown). */
export const isLong = (value: string) => value === LONG;

/** A value of the same lines and lengths made of plain letters: what the same view shows when nobody is hostile. */
export function plainTwin(value: string): string {
  return value.replace(/[^\n]/g, "x");
}

/** Every line of the text closes the direction controls it opens (LRE RLE LRO RLO by PDF, LRI RLI FSI by PDI). */
export function directionsClosed(text: string): boolean {
  return text.split(/\r\n|[\n\r\u0085\u2028\u2029]/).every((line) => {
    const count = (pattern: RegExp) => line.match(pattern)?.length ?? 0;
    return (
      count(/[\u202A\u202B\u202D\u202E]/g) <= count(/\u202C/g) && count(/[\u2066\u2067\u2068]/g) <= count(/\u2069/g)
    );
  });
}

/** The exported functions of the modules of a source folder, as "folder/file#name". */
export function exportedFunctions(srcDir: string, folder: string, skipFiles: readonly string[] = []): string[] {
  const dir = path.join(srcDir, folder);
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".ts") && !skipFiles.includes(file))
    .flatMap((file) => {
      const module = require(path.join(dir, file)) as Record<string, unknown>;
      return Object.entries(module)
        .filter(([, value]) => typeof value === "function")
        .map(([name]) => `${folder}/${file.replace(/\.ts$/, "")}#${name}`);
    });
}

const when = new Date("2026-03-02T09:00:00Z");

/** A mission whose every field a person typed holds `v`, decided by the embassy and reported on. */
export function hostileMission(v: string, status = "report_submitted"): MissionDetails {
  return {
    id: "m1",
    reference: "M-2026-0001",
    status,
    version: 1,
    countryCode: "SN",
    organisationId: "o1",
    organisation: v,
    labelId: "l1",
    labelNumber: "EXPE-CT-2026-0001",
    foreignPartner: v,
    nature: "expertise_request",
    natureDetail: v,
    expectedResult: v,
    followUp: v,
    transportCostCents: 185_000,
    stayCostBearer: v,
    startDate: "2026-04-06",
    endDate: "2026-04-10",
    reportDeadline: "2026-06-10",
    reportDue: { date: "2026-06-10", planned: false },
    legs: [{ kind: "outbound", startDate: "2026-04-06", endDate: "2026-04-10", peopleCount: 2, place: v }],
    missionaries: [
      { id: "p1", name: v, email: "marie.durand@lyon.fr" },
      { id: "p2", name: v, email: "jean.martin@lyon.fr" },
    ],
    decision: { decision: "refused", by: v, byId: "p9", at: when, comment: v, round: 0 },
    report: {
      status: "submitted",
      objectAccount: v,
      complementaryAction: true,
      complementaryDetail: v,
      longTermCooperation: true,
      cooperationDetail: v,
      submittedBy: v,
      submittedAt: when,
      late: true,
      reviewedBy: v,
      reviewedAt: when,
      reviewComment: v,
    },
    reimbursementCents: 185_000,
  };
}

/** A mission as the lists show it, with the body's name and the missionary's name holding `v`. */
export function hostileSummary(v: string, status: string, id = `m-${status}`): MissionSummary {
  return {
    id,
    reference: "M-2026-0001",
    status,
    organisationId: "o1",
    countryCode: "SN",
    foreignPartner: v,
    startDate: "2026-04-06",
    endDate: "2026-04-10",
    reportDeadline: "2026-06-10",
    reportDue: { date: "2026-06-10", planned: false },
    organisation: { name: v },
    label: { number: "EXPE-CT-2026-0001" },
    legs: [],
    missionaries: [{ personId: "p1", missionId: id, person: { id: "p1", name: v, email: "marie.durand@lyon.fr" } }],
    report: status === "report_submitted" ? { status: "submitted", submittedAt: when, late: false } : null,
    reimbursement: null,
  } as unknown as MissionSummary;
}
