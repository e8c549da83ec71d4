import type { Db, Prisma } from "../../db/client";
import {
  type DueReminder,
  dueAnchorRanges,
  dueMissionReminders,
  type ReminderPolicy,
  type ReminderRule,
  snoozeChoices,
} from "../../domain/reminder-policy";
import { dateIn, daysBetween, endOfDate, startOfDate } from "../../domain/time";
import { type Prompt, type PromptRecipient, promptKey, REPORT_PROMPT_ACTIONS } from "./prompt";
import { focalPointsByOrganisation, loadPeople } from "./recipients";

const candidateSelect = {
  id: true,
  reference: true,
  status: true,
  returnedOn: true,
  reportDeadline: true,
  organisationId: true,
  transportCostCents: true,
  missionaries: { select: { personId: true } },
  report: { select: { submittedAt: true } },
} as const;

type Candidate = Prisma.MissionGetPayload<{ select: typeof candidateSelect }>;

/** The policy's date windows as a WHERE on indexed columns: (status, reportDeadline) carries most rules. */
function ruleWhere(rule: ReminderRule, today: string): Prisma.MissionWhereInput {
  const where: Prisma.MissionWhereInput = { status: { in: [...rule.states] } };
  for (const range of dueAnchorRanges(rule, today)) {
    const text = { gte: range.onOrAfter, lte: range.onOrBefore };
    if (range.anchor === "returnedOn") where.returnedOn = text;
    else if (range.anchor === "reportDeadline") where.reportDeadline = text;
    else if (range.anchor === "reportSubmittedOn") {
      where.report = {
        submittedAt: {
          gte: range.onOrAfter ? startOfDate(range.onOrAfter) : undefined,
          lte: range.onOrBefore ? endOfDate(range.onOrBefore) : undefined,
        },
      };
    }
  }
  return where;
}

/** Missions due for at least one rule today, each with the rules that selected it. */
async function findCandidates(db: Db, rules: readonly ReminderRule[], today: string) {
  const found = new Map<string, { mission: Candidate; rules: ReminderRule[] }>();
  for (const rule of rules) {
    const rows = await db.mission.findMany({ where: ruleWhere(rule, today), select: candidateSelect });
    for (const mission of rows) {
      const entry = found.get(mission.id) ?? { mission, rules: [] };
      entry.rules.push(rule);
      found.set(mission.id, entry);
    }
  }
  return [...found.values()];
}

/** Per-sweep memo of the luxon computations many missions share (same deadlines, same day). */
function memo<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

function promptData(
  mission: Candidate,
  due: DueReminder,
  today: string,
  helpers: { daysTo: (date: string) => number; snoozes: (deadline: string) => number[] },
): Record<string, unknown> {
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
    default: {
      const submittedAt = mission.report?.submittedAt ?? null;
      return {
        ...base,
        submittedAt: submittedAt?.toISOString() ?? null,
        daysWaiting: submittedAt ? daysBetween(dateIn(submittedAt), today) : null,
        actions: ["open_report_review"],
      };
    }
  }
}

/** Every mission prompt the policy makes due at `now` (Paris date), with its recipients resolved. */
export async function missionPrompts(
  db: Db,
  now: Date,
  today: string,
  policy: ReminderPolicy,
  defaultTimeZone: string,
): Promise<Prompt[]> {
  const rules = policy.rules.filter((r) => r.subject === "mission");
  const candidates = await findCandidates(db, rules, today);
  const dues = candidates.map(({ mission, rules: matched }) => ({
    mission,
    due: dueMissionReminders(
      {
        status: mission.status,
        returnedOn: mission.returnedOn,
        reportDeadline: mission.reportDeadline,
        reportSubmittedAt: mission.report?.submittedAt ?? null,
      },
      today,
      { settings: policy.settings, rules: matched },
    ),
  }));
  const needsFocal = dues.filter((d) => d.due.some((r) => r.rule.audience === "focal_points"));
  const focal = await focalPointsByOrganisation(
    db,
    needsFocal.map((d) => d.mission.organisationId),
  );
  const personIds = dues.flatMap(({ mission }) => [
    ...mission.missionaries.map((m) => m.personId),
    ...(focal.get(mission.organisationId) ?? []),
  ]);
  const people = await loadPeople(db, personIds, defaultTimeZone);
  const helpers = {
    daysTo: memo((date) => daysBetween(today, date)),
    snoozes: memo((deadline) => snoozeChoices(now, deadline, policy)),
  };

  const prompts: Prompt[] = [];
  for (const { mission, due } of dues) {
    for (const reminder of due) {
      const data = promptData(mission, reminder, today, helpers);
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

function recipientsOf(
  reminder: DueReminder,
  mission: Candidate,
  focal: Map<string, string[]>,
  people: Map<string, PromptRecipient>,
): PromptRecipient[] {
  if (reminder.rule.audience === "daect") return [{ type: "channel", channel: "daect" }];
  const ids =
    reminder.rule.audience === "missionaries"
      ? mission.missionaries.map((m) => m.personId)
      : (focal.get(mission.organisationId) ?? []);
  return ids.map((id) => people.get(id)).filter((p): p is PromptRecipient => p !== undefined);
}
