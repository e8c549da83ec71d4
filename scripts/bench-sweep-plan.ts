/**
 * The rows `npm run bench` seeds (scripts/bench-sweep.ts), the same on SQLite and PostgreSQL: 20 000 people, 50
 * bodies with a label and a focal point, and the planned missions, each with two missionaries.
 */
import { addDays as luxonAddDays } from "../src/domain/time";

/** One mission of the seed. */
export interface SeedMission {
  status: string;
  start: string;
  end: string;
  returnedOn: string | null;
  deadline: string | null;
  /** The instant of its submitted report, if it has one. */
  reportSubmittedAt?: string;
}

const shifted = new Map<string, string>();
/** Seeding computes the same few hundred dates 100 000 times: luxon once per date. */
function addDays(date: string, days: number): string {
  const key = `${date}${days}`;
  let value = shifted.get(key);
  if (value === undefined) {
    value = luxonAddDays(date, days);
    shifted.set(key, value);
  }
  return value;
}

// Tuesday 5 May 2026, 11:00 in Paris.
export const AT = new Date("2026-05-05T09:00:00Z");
const TODAY = "2026-05-05";
export const PEOPLE = 20_000;
export const BODIES = 50;

/** The due missions (5 000 by default): every rule of the default policy, due today. */
const DUE_5000: { count: number; status: string; returnedOn: string; deadline: string; submittedDaysAgo?: number }[] = [
  { count: 1000, status: "report_due", returnedOn: addDays(TODAY, -30), deadline: addDays(TODAY, 31) },
  { count: 1000, status: "report_due", returnedOn: addDays(TODAY, -47), deadline: addDays(TODAY, 14) },
  { count: 1000, status: "report_due", returnedOn: addDays(TODAY, -58), deadline: addDays(TODAY, 3) },
  { count: 500, status: "report_due", returnedOn: addDays(TODAY, -61), deadline: TODAY },
  { count: 500, status: "report_overdue", returnedOn: addDays(TODAY, -62), deadline: addDays(TODAY, -1) },
  { count: 500, status: "report_overdue", returnedOn: addDays(TODAY, -91), deadline: addDays(TODAY, -30) },
  {
    count: 500,
    status: "report_submitted",
    returnedOn: addDays(TODAY, -40),
    deadline: addDays(TODAY, 21),
    submittedDaysAgo: 7,
  },
];

export const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");

/** The rest of the table: mostly finished missions, some under way, some just back (not yet prompted). */
function background(i: number): { status: string; returnedOn: string | null; deadline: string | null; start: string } {
  const kind = i % 20;
  if (kind === 0) return { status: "in_progress", returnedOn: null, deadline: null, start: addDays(TODAY, -2) };
  if (kind === 1) return { status: "confirmed", returnedOn: null, deadline: null, start: addDays(TODAY, 20) };
  if (kind === 2)
    return {
      status: "report_due",
      returnedOn: addDays(TODAY, -10),
      deadline: addDays(TODAY, 51),
      start: addDays(TODAY, -15),
    };
  const past = addDays(TODAY, -100 - (i % 2000));
  const status = kind < 16 ? "closed" : kind < 19 ? "report_validated" : "cancelled";
  return {
    status,
    returnedOn: status === "cancelled" ? null : past,
    deadline: status === "cancelled" ? null : addDays(past, 61),
    start: past,
  };
}

/** Every mission of a table of `missions`: the `dueMissions` due ones first (a multiple of 10), then the background. */
export function planMissions(missions: number, dueMissions: number): SeedMission[] {
  const scale = dueMissions / 5000;
  const planned: SeedMission[] = [];
  const add = (status: string, start: string, returnedOn: string | null, deadline: string | null) => {
    planned.push({ status, start, end: returnedOn ?? addDays(start, 4), returnedOn, deadline });
  };
  for (const group of DUE_5000) {
    for (let n = 0; n < Math.round(group.count * scale); n++) {
      add(group.status, addDays(group.returnedOn, -4), group.returnedOn, group.deadline);
      if (group.submittedDaysAgo !== undefined) {
        const last = planned[planned.length - 1] as SeedMission;
        last.reportSubmittedAt = iso(new Date(AT.getTime() - group.submittedDaysAgo * 86_400_000));
      }
    }
  }
  while (planned.length < missions) {
    const b = background(planned.length);
    add(b.status, b.start, b.returnedOn, b.deadline);
  }
  return planned;
}
