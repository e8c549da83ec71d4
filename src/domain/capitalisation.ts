import { MISSION_STATES, MISSION_TRANSITIONS, type MissionState, type MissionVerb } from "./mission";

/**
 * Issue 13 §4: what the missions done led to, counted. Each report answers two questions of the seed (can a
 * complementary action follow, can the contacts lead to a longer-term cooperation): the yes answers are counted
 * beside the missions done, the reports late and the reimbursements, per year, country or body.
 */
export const CAPITALISATION_GROUPINGS = ["year", "country", "body"] as const;
export type CapitalisationGrouping = (typeof CAPITALISATION_GROUPINGS)[number];

export interface CapitalisationRow {
  /** The year (YYYY), the ISO country code or the body's name. */
  key: string;
  missionsDone: number;
  reportsLate: number;
  /** R2: requests DAECT made for the costs of a mission without its report, and those the body paid back. */
  reimbursementsAsked: number;
  reimbursementsSettled: number;
  /** Reports answering yes to each question. */
  complementaryAction: number;
  longTermCooperation: number;
}

/** The states reached from `start` through the verbs `via` allows, `start` included. */
function reachable(start: MissionState, via: (verb: MissionVerb) => boolean): MissionState[] {
  const seen = new Set<MissionState>([start]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [verb, { from, to }] of Object.entries(MISSION_TRANSITIONS) as [
      MissionVerb,
      (typeof MISSION_TRANSITIONS)[MissionVerb],
    ][]) {
      if (via(verb) && !seen.has(to) && from.some((s) => seen.has(s))) {
        seen.add(to);
        grew = true;
      }
    }
  }
  return MISSION_STATES.filter((s) => seen.has(s));
}

/** A mission is done once its return is recorded: report_due and every state after it (never a cancelled one). */
export const DONE_STATES: readonly MissionState[] = reachable("report_due", () => true);

/**
 * The states a file reaches from an overdue report without the report coming in nor the deadline moving: a file
 * in one of them without a report has missed its deadline. A report handed in says so itself (Report.late, R2).
 */
export const LATE_WITHOUT_REPORT_STATES: readonly MissionState[] = reachable(
  "report_overdue",
  (verb) => verb !== "submit_report" && verb !== "extend_deadline",
);

/** The rows of the `count` years up to `year`, newest first, a year without any mission shown as zeros. */
export function lastYears(rows: readonly CapitalisationRow[], year: number, count: number): CapitalisationRow[] {
  return Array.from({ length: count }, (_, i) => {
    const key = String(year - i);
    return rows.find((r) => r.key === key) ?? emptyRow(key);
  });
}

/** The `count` keys with the most missions done (ties by key), for a short list. */
export function topRows(rows: readonly CapitalisationRow[], count: number): CapitalisationRow[] {
  return [...rows].sort((a, b) => b.missionsDone - a.missionsDone || a.key.localeCompare(b.key)).slice(0, count);
}

/** Every row added up, under `key`. */
export function totalRow(rows: readonly CapitalisationRow[], key: string): CapitalisationRow {
  const total = emptyRow(key);
  for (const row of rows) {
    for (const field of COUNTED) total[field] += row[field];
  }
  return total;
}

/** The counted columns, in the order tables and CSV files show them. */
export const COUNTED = [
  "missionsDone",
  "reportsLate",
  "reimbursementsAsked",
  "reimbursementsSettled",
  "complementaryAction",
  "longTermCooperation",
] as const satisfies readonly (keyof CapitalisationRow)[];

function emptyRow(key: string): CapitalisationRow {
  return {
    key,
    missionsDone: 0,
    reportsLate: 0,
    reimbursementsAsked: 0,
    reimbursementsSettled: 0,
    complementaryAction: 0,
    longTermCooperation: 0,
  };
}
