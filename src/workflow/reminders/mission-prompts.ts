import type { Db } from "../../db/client";
import {
  type DueReminder,
  dueAnchorRanges,
  dueMissionReminders,
  type ReminderPolicy,
  type ReminderRule,
  snoozeChoices,
} from "../../domain/reminder-policy";
import { daysBetween, endOfDate, PARIS, startOfDate } from "../../domain/time";
import { type Prompt, type PromptRecipient, promptKey, REPORT_PROMPT_ACTIONS } from "./prompt";
import { focalPointsByOrganisation, loadPeople } from "./recipients";
import { type CandidateRow, findCandidateMissions, sqlInstant } from "./sweep-sql";

/** Per-sweep memo: thousands of due missions share a few dates, and each luxon computation costs. */
function memo<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key) as T;
  };
}

// Made on the first sweep, not when the module loads: a time-zone formatter costs ~15 ms of the start-up.
let parisDateFormat: Intl.DateTimeFormat | undefined;

/** The report's submission as an anchor: its Paris calendar date. */
const submittedOn = (submittedAt: string | null) =>
  submittedAt
    ? (parisDateFormat ??= new Intl.DateTimeFormat("en-CA", { timeZone: PARIS })).format(new Date(submittedAt))
    : "";

const bound = (anchor: string, side: "from" | "to", date: string) =>
  anchor === "reportSubmittedOn" ? sqlInstant(side === "from" ? startOfDate(date) : endOfDate(date)) : date;

/** Missions due for at least one rule today, each with the rules whose date window selected it. */
async function findCandidates(db: Db, rules: readonly ReminderRule[], today: string) {
  const found = new Map<string, { mission: CandidateRow; rules: ReminderRule[] }>();
  for (const rule of rules) {
    for (const mission of await findCandidateMissions(db, rule.states, dueAnchorRanges(rule, today), bound)) {
      const entry = found.get(mission.id) ?? { mission, rules: [] };
      entry.rules.push(rule);
      found.set(mission.id, entry);
    }
  }
  return [...found.values()];
}

interface DataHelpers {
  daysTo: (date: string) => number;
  daysSince: (date: string) => number;
  snoozes: (deadline: string) => number[];
}

function promptData(mission: CandidateRow, due: DueReminder, helpers: DataHelpers): Record<string, unknown> {
  const deadline = mission.reportDeadline ?? "";
  const base = { missionId: mission.id, reference: mission.reference, reminderKind: due.kind, dueOn: due.dueOn };
  switch (due.rule.notification) {
    case "report_reminder":
      return {
        ...base,
        reportDeadline: deadline,
        daysLeft: helpers.daysTo(deadline),
        snoozeChoices: helpers.snoozes(deadline),
        actions: [...REPORT_PROMPT_ACTIONS],
      };
    case "report_escalation":
      return { ...base, reportDeadline: deadline, daysLate: -helpers.daysTo(deadline), status: mission.status };
    case "reimbursement_proposal":
      // The surface's button calls requestReimbursement, which asks for the recorded transport costs (M5).
      return {
        ...base,
        reportDeadline: deadline,
        daysLate: -helpers.daysTo(deadline),
        amountCents: mission.transportCostCents,
        actions: ["request_reimbursement"],
      };
    default:
      return {
        ...base,
        submittedAt: mission.submittedAt ? new Date(mission.submittedAt).toISOString() : null,
        daysWaiting: mission.submittedAt ? helpers.daysSince(submittedOn(mission.submittedAt)) : null,
        actions: ["open_report_review"],
      };
  }
}

function recipientsOf(
  reminder: DueReminder,
  mission: CandidateRow,
  focal: Map<string, string[]>,
  people: Map<string, PromptRecipient>,
): PromptRecipient[] {
  if (reminder.rule.audience === "daect") return [{ type: "channel", channel: "daect" }];
  const ids =
    reminder.rule.audience === "missionaries" ? mission.missionaries : (focal.get(mission.organisationId) ?? []);
  return ids.map((id) => people.get(id)).filter((p): p is PromptRecipient => p !== undefined);
}

/** Every mission prompt the policy makes due at `now` (Paris date `today`), with its recipients resolved. */
export async function missionPrompts(
  db: Db,
  now: Date,
  today: string,
  policy: ReminderPolicy,
  defaultTimeZone: string,
): Promise<Prompt[]> {
  const candidates = await findCandidates(
    db,
    policy.rules.filter((r) => r.subject === "mission"),
    today,
  );
  // The due reminders depend on the dates alone, so missions with the same dates share one computation.
  const dueFor = new Map<string, DueReminder[]>();
  const dues = candidates.map(({ mission, rules }) => {
    const key = [mission.status, mission.returnedOn, mission.reportDeadline, submittedOn(mission.submittedAt)]
      .concat(rules.map((r) => r.kind))
      .join("|");
    let due = dueFor.get(key);
    if (!due) {
      const facts = {
        status: mission.status,
        returnedOn: mission.returnedOn,
        reportDeadline: mission.reportDeadline,
        reportSubmittedAt: mission.submittedAt ? new Date(mission.submittedAt) : null,
      };
      due = dueMissionReminders(facts, today, { settings: policy.settings, rules });
      dueFor.set(key, due);
    }
    return { mission, due };
  });
  const needsFocal = dues.filter((d) => d.due.some((r) => r.rule.audience === "focal_points"));
  const focal = await focalPointsByOrganisation(
    db,
    needsFocal.map((d) => d.mission.organisationId),
    today,
  );
  const personIds = dues.flatMap(({ mission }) => [
    ...mission.missionaries,
    ...(focal.get(mission.organisationId) ?? []),
  ]);
  const people = await loadPeople(db, personIds, defaultTimeZone);
  const helpers: DataHelpers = {
    daysTo: memo((date) => daysBetween(today, date)),
    daysSince: memo((date) => daysBetween(date, today)),
    snoozes: memo((deadline) => snoozeChoices(now, deadline, policy)),
  };

  const prompts: Prompt[] = [];
  for (const { mission, due } of dues) {
    for (const reminder of due) {
      const data = promptData(mission, reminder, helpers);
      for (const recipient of recipientsOf(reminder, mission, focal, people)) {
        prompts.push({
          key: promptKey("mission", mission.id, reminder.kind, reminder.dueOn, recipient),
          subject: "mission",
          subjectId: mission.id,
          missionId: mission.id,
          reference: mission.reference,
          kind: reminder.kind,
          notification: reminder.rule.notification,
          recipient,
          dueOn: reminder.dueOn,
          data,
        });
      }
    }
  }
  return prompts;
}
