import type { Db } from "../../db/client";
import { isSnoozable, type ReminderPolicy, snoozeChoices } from "../../domain/reminder-policy";
import { dateIn, daysBetween } from "../../domain/time";
import { chunks, type Prompt, promptKey, REPORT_PROMPT_ACTIONS } from "./prompt";
import { loadPeople } from "./recipients";

export interface SnoozeRow {
  missionId: string;
  personId: string;
  until: Date;
}

export interface SnoozeState {
  /** Snoozes still running: prompts to these people wait. */
  active: Map<string, Date>;
  /** "Remind me in N days": one prompt when a snooze ends while the report is still awaited. */
  followUps: Prompt[];
  /** Ended snoozes with nothing left to remind of (report in, mission moved on): removed by the sweep. */
  stale: SnoozeRow[];
}

export const snoozeKey = (missionId: string, personId: string) => `${missionId}:${personId}`;

/**
 * The Snooze table holds only running snoozes and ended ones not yet followed up (the sweep removes
 * them), so reading it whole stays small whatever the number of missions.
 */
export async function loadSnoozes(
  db: Db,
  now: Date,
  today: string,
  policy: ReminderPolicy,
  defaultTimeZone: string,
): Promise<SnoozeState> {
  const rows = await db.snooze.findMany({ select: { missionId: true, personId: true, until: true } });
  const active = new Map<string, Date>();
  const ended: SnoozeRow[] = [];
  for (const row of rows) {
    if (row.until > now) active.set(snoozeKey(row.missionId, row.personId), row.until);
    else ended.push(row);
  }
  const missions = new Map<string, { id: string; reference: string; status: string; reportDeadline: string | null }>();
  for (const ids of chunks([...new Set(ended.map((s) => s.missionId))], 500)) {
    const found = await db.mission.findMany({
      where: { id: { in: ids } },
      select: { id: true, reference: true, status: true, reportDeadline: true },
    });
    for (const m of found) missions.set(m.id, m);
  }
  const people = await loadPeople(
    db,
    ended.map((s) => s.personId),
    defaultTimeZone,
  );
  const followUps: Prompt[] = [];
  const stale: SnoozeRow[] = [];
  for (const snooze of ended) {
    const mission = missions.get(snooze.missionId);
    const recipient = people.get(snooze.personId);
    if (!mission?.reportDeadline || !isSnoozable(mission.status) || !recipient) {
      stale.push(snooze);
      continue;
    }
    const kind = "snooze_follow_up";
    const dueOn = dateIn(snooze.until);
    followUps.push({
      key: promptKey("mission", mission.id, kind, snooze.until.toISOString(), recipient),
      subject: "mission",
      subjectId: mission.id,
      missionId: mission.id,
      reference: mission.reference,
      kind,
      notification: "report_reminder",
      recipient,
      dueOn,
      data: {
        missionId: mission.id,
        reference: mission.reference,
        reminderKind: kind,
        dueOn,
        reportDeadline: mission.reportDeadline,
        daysLeft: daysBetween(today, mission.reportDeadline),
        snoozeChoices: snoozeChoices(now, mission.reportDeadline, policy),
        actions: [...REPORT_PROMPT_ACTIONS],
      },
      endsSnooze: { until: snooze.until },
    });
  }
  return { active, followUps, stale };
}
