import { DateTime } from "luxon";
import { deadlineInstant } from "./deadline";
import { DomainError } from "./errors";
import type { MissionState } from "./mission";
import { addDays, daysBetween, PARIS } from "./time";

/**
 * The reminder policy in one place. Every rule below is derived from these numbers, so changing a delay
 * here changes the prompts, their windows and the sweep's queries together.
 */
export interface ReminderSettings {
  /** Report prompts to the missionaries, days after the return. */
  afterReturnDays: readonly number[];
  /** Report prompts to the missionaries, days before the deadline (0 is the deadline day itself). */
  beforeDeadlineDays: readonly number[];
  /** DAECT is told this many days after the deadline when no report came. */
  escalationAfterDays: number;
  /** R2: after this grace, DAECT is proposed to ask for reimbursement. */
  reimbursementGraceDays: number;
  /** The focal point is reminded every so many days while a submitted report waits for validation (R1). */
  validationWaitEveryDays: number;
  /** Warnings to the body's focal points before its label expires. */
  labelExpiryWarningDays: readonly number[];
  /** What a missionary may choose to snooze a prompt for. */
  snoozeChoicesDays: readonly number[];
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  afterReturnDays: [30],
  beforeDeadlineDays: [14, 3, 0],
  escalationAfterDays: 1,
  reimbursementGraceDays: 30,
  validationWaitEveryDays: 7,
  labelExpiryWarningDays: [90, 30],
  snoozeChoicesDays: [1, 3, 7],
};

/** The date a rule counts from: a mission's return or deadline, its report's submission, a label's last day. */
export type ReminderAnchor = "returnedOn" | "reportDeadline" | "reportSubmittedOn" | "labelValidUntil";
export type ReminderAudience = "missionaries" | "focal_points" | "daect";
/** The outbox notification kind each rule produces (see src/workflow/notifications.ts). */
export type ReminderNotification =
  | "report_reminder"
  | "report_escalation"
  | "reimbursement_proposal"
  | "report_validation_reminder"
  | "label_expiring";

export interface DateBound {
  anchor: ReminderAnchor;
  offsetDays: number;
}

/**
 * One prompt, at most once per subject, kind and recipient. It is due from `from` through `until`
 * (inclusive Paris dates; no `until`: as long as the state lasts), so a sweep that missed a day still
 * sends it, and windows of the same audience never overlap so a late sweep sends one prompt, not a burst.
 */
export interface ReminderRule {
  kind: string;
  subject: "mission" | "label";
  notification: ReminderNotification;
  audience: ReminderAudience;
  states: readonly string[];
  from: DateBound;
  until?: DateBound;
  /** Recurring rules come back every so many days after `from` (one kind id per occurrence). */
  everyDays?: number;
}

export interface ReminderPolicy {
  settings: ReminderSettings;
  rules: readonly ReminderRule[];
}

const REPORT_WAITING: readonly MissionState[] = ["report_due"];
const REPORT_MISSING: readonly MissionState[] = ["report_due", "report_overdue"];

function descending(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => b - a);
}

function reportRule(kind: string, from: DateBound, until: DateBound): ReminderRule {
  return {
    kind,
    subject: "mission",
    notification: "report_reminder",
    audience: "missionaries",
    states: REPORT_WAITING,
    from,
    until,
  };
}

/** Each report prompt gives way to the next one, so a late sweep never sends two at once. */
function reportPromptRules(s: ReminderSettings): ReminderRule[] {
  const before = descending(s.beforeDeadlineDays);
  const afterReturn = [...new Set(s.afterReturnDays)].sort((a, b) => a - b);
  const firstBefore = before[0];
  const afterReturnUntil: DateBound = {
    anchor: "reportDeadline",
    offsetDays: firstBefore === undefined ? 0 : -firstBefore - 1,
  };
  return [
    ...afterReturn.map((days, i) => {
      const next = afterReturn[i + 1];
      return reportRule(
        `report_${days}d_after_return`,
        { anchor: "returnedOn", offsetDays: days },
        next === undefined ? afterReturnUntil : { anchor: "returnedOn", offsetDays: next - 1 },
      );
    }),
    ...before.map((days, i) => {
      const next = before[i + 1];
      return reportRule(
        days === 0 ? "report_due_today" : `report_${days}d_before`,
        { anchor: "reportDeadline", offsetDays: -days },
        { anchor: "reportDeadline", offsetDays: next === undefined ? 0 : -next - 1 },
      );
    }),
  ];
}

function labelRules(s: ReminderSettings): ReminderRule[] {
  const days = descending(s.labelExpiryWarningDays);
  return days.map((d, i) => {
    const next = days[i + 1];
    return {
      kind: `label_expiry_${d}d_before`,
      subject: "label",
      notification: "label_expiring",
      audience: "focal_points",
      states: ["active"],
      from: { anchor: "labelValidUntil", offsetDays: -d },
      until: { anchor: "labelValidUntil", offsetDays: next === undefined ? 0 : -next - 1 },
    };
  });
}

/** The rules that follow from the settings; kind ids are stable as long as the numbers are. */
export function buildReminderPolicy(settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS): ReminderPolicy {
  const grace = settings.reimbursementGraceDays;
  const rules: ReminderRule[] = [
    ...reportPromptRules(settings),
    {
      kind: "escalation",
      subject: "mission",
      notification: "report_escalation",
      audience: "daect",
      states: REPORT_MISSING,
      from: { anchor: "reportDeadline", offsetDays: settings.escalationAfterDays },
      until: { anchor: "reportDeadline", offsetDays: Math.max(settings.escalationAfterDays, grace - 1) },
    },
    {
      kind: "reimbursement_proposal",
      subject: "mission",
      notification: "reimbursement_proposal",
      audience: "daect",
      states: REPORT_MISSING,
      from: { anchor: "reportDeadline", offsetDays: grace },
    },
    {
      kind: "validation_wait",
      subject: "mission",
      notification: "report_validation_reminder",
      audience: "focal_points",
      states: ["report_submitted"],
      from: { anchor: "reportSubmittedOn", offsetDays: settings.validationWaitEveryDays },
      everyDays: settings.validationWaitEveryDays,
    },
    ...labelRules(settings),
  ];
  return { settings, rules };
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = buildReminderPolicy();

/** Facts of a mission as the sweep reads them; dates are Paris calendar dates (YYYY-MM-DD). */
export interface MissionReminderFacts {
  status: string;
  returnedOn: string | null;
  reportDeadline: string | null;
  reportSubmittedAt: Date | null;
}

export interface LabelReminderFacts {
  status: string;
  validUntil: Date;
}

export interface DueReminder {
  /** Stable id, part of the at-most-once key (mission:kind:recipient). */
  kind: string;
  rule: ReminderRule;
  /** The date the prompt was due; later than this when a sweep catches up. */
  dueOn: string;
}

type Anchors = Partial<Record<ReminderAnchor, string>>;

function dueOn(rule: ReminderRule, anchors: Anchors, today: string): DueReminder | null {
  const start = anchors[rule.from.anchor];
  if (!start) return null;
  const first = addDays(start, rule.from.offsetDays);
  if (today < first) return null;
  if (rule.until) {
    const end = anchors[rule.until.anchor];
    if (!end || today > addDays(end, rule.until.offsetDays)) return null;
  }
  if (!rule.everyDays) return { kind: rule.kind, rule, dueOn: first };
  // The latest occurrence only: a sweep that was down for weeks sends one reminder, not several.
  const occurrences = Math.floor(daysBetween(first, today) / rule.everyDays);
  const offset = rule.from.offsetDays + occurrences * rule.everyDays;
  return { kind: `${rule.kind}_${offset}d`, rule, dueOn: addDays(start, offset) };
}

function dueFor(
  subject: ReminderRule["subject"],
  status: string,
  anchors: Anchors,
  today: string,
  policy: ReminderPolicy,
): DueReminder[] {
  return policy.rules
    .filter((rule) => rule.subject === subject && rule.states.includes(status))
    .map((rule) => dueOn(rule, anchors, today))
    .filter((due): due is DueReminder => due !== null);
}

/** The mission prompts due on `today` (Paris date). The sweep claims each one once per recipient. */
export function dueMissionReminders(
  facts: MissionReminderFacts,
  today: string,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): DueReminder[] {
  const anchors: Anchors = {
    returnedOn: facts.returnedOn ?? undefined,
    reportDeadline: facts.reportDeadline ?? undefined,
    reportSubmittedOn: facts.reportSubmittedAt ? parisDate(facts.reportSubmittedAt) : undefined,
  };
  return dueFor("mission", facts.status, anchors, today, policy);
}

export function dueLabelReminders(
  facts: LabelReminderFacts,
  today: string,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): DueReminder[] {
  return dueFor("label", facts.status, { labelValidUntil: parisDate(facts.validUntil) }, today, policy);
}

/** Inclusive bounds on one anchor date; a missing side is unbounded. */
export interface AnchorRange {
  anchor: ReminderAnchor;
  onOrAfter?: string;
  onOrBefore?: string;
}

/**
 * What an anchor date must be for `rule` to be due on `today`: the sweep turns these ranges into its
 * WHERE clause (dates are ISO strings, so they compare as text), then confirms with the due functions.
 */
export function dueAnchorRanges(rule: ReminderRule, today: string): AnchorRange[] {
  const ranges: AnchorRange[] = [{ anchor: rule.from.anchor, onOrBefore: addDays(today, -rule.from.offsetDays) }];
  if (rule.until) {
    const onOrAfter = addDays(today, -rule.until.offsetDays);
    const same = ranges.find((r) => r.anchor === rule.until?.anchor);
    if (same) same.onOrAfter = onOrAfter;
    else ranges.push({ anchor: rule.until.anchor, onOrAfter });
  }
  return ranges;
}

function parisDate(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: PARIS }).toISODate() ?? "";
}

/** The end of a snooze taken now: the same local time `days` later in Paris. */
export function snoozeEnd(now: Date, days: number): Date {
  return DateTime.fromJSDate(now, { zone: PARIS }).plus({ days }).toJSDate();
}

/** Prompts may be put off only while the report is due in time: a late report's prompts are not to be silenced. */
export function isSnoozable(status: string): boolean {
  return REPORT_WAITING.includes(status as MissionState);
}

/** A snooze never runs past the report deadline: the prompt it silences would come too late. */
export function isSnoozeAllowed(now: Date, days: number, reportDeadline: string): boolean {
  return snoozeEnd(now, days).getTime() <= deadlineInstant(reportDeadline).getTime();
}

/** The snooze buttons to show now: the configured choices that stay within the deadline. */
export function snoozeChoices(
  now: Date,
  reportDeadline: string,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): number[] {
  return policy.settings.snoozeChoicesDays.filter((days) => isSnoozeAllowed(now, days, reportDeadline));
}

/** The end of the chosen snooze, or snooze_past_deadline / invalid_input. */
export function checkSnooze(
  now: Date,
  days: number,
  reportDeadline: string,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): Date {
  if (!policy.settings.snoozeChoicesDays.includes(days)) {
    throw new DomainError("invalid_input", { field: "days" }, "days");
  }
  if (!isSnoozeAllowed(now, days, reportDeadline)) {
    throw new DomainError("snooze_past_deadline", { days, deadline: reportDeadline });
  }
  return snoozeEnd(now, days);
}
