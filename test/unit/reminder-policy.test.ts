import {
  buildReminderPolicy,
  checkSnooze,
  DEFAULT_REMINDER_POLICY,
  DEFAULT_REMINDER_SETTINGS,
  dueAnchorRanges,
  dueLabelReminders,
  dueMissionReminders,
  isSnoozable,
  type MissionReminderFacts,
  snoozeChoices,
} from "../../src/domain/reminder-policy";
import { addDays } from "../../src/domain/time";

// Returned on 10 March 2026: the report is due on 10 May 2026 (R1).
const mission: MissionReminderFacts = {
  status: "report_due",
  returnedOn: "2026-03-10",
  reportDeadline: "2026-05-10",
  reportSubmittedAt: null,
};

const kinds = (facts: MissionReminderFacts, today: string) => dueMissionReminders(facts, today).map((d) => d.kind);

/** Every (day, kind) a mission in `facts` would be prompted for if the sweep ran daily from `from` to `to`. */
function daily(facts: MissionReminderFacts, from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    for (const kind of kinds(facts, day)) out.push(`${day} ${kind}`);
  }
  return out;
}

describe("reminder policy", () => {
  it("has the programme's defaults in one place", () => {
    expect(DEFAULT_REMINDER_SETTINGS).toEqual({
      afterReturnDays: [30],
      beforeDeadlineDays: [14, 3, 0],
      escalationAfterDays: 1,
      reimbursementGraceDays: 30,
      validationWaitEveryDays: 7,
      labelExpiryWarningDays: [90, 30],
      snoozeChoicesDays: [1, 3, 7],
    });
    expect(DEFAULT_REMINDER_POLICY.rules.map((r) => r.kind)).toEqual([
      "report_30d_after_return",
      "report_14d_before",
      "report_3d_before",
      "report_due_today",
      "escalation",
      "reimbursement_proposal",
      "validation_wait",
      "label_expiry_90d_before",
      "label_expiry_30d_before",
    ]);
  });

  it("prompts each kind first on its own day: 30 days after return, 14 and 3 days before, on the day", () => {
    expect(kinds(mission, "2026-04-09")).toEqual(["report_30d_after_return"]);
    expect(kinds(mission, "2026-04-26")).toEqual(["report_14d_before"]);
    expect(kinds(mission, "2026-05-07")).toEqual(["report_3d_before"]);
    expect(kinds(mission, "2026-05-10")).toEqual(["report_due_today"]);
    expect(kinds(mission, "2026-04-08")).toEqual([]);
  });

  it("escalates to DAECT the day after the deadline, then proposes reimbursement after the grace", () => {
    const overdue = { ...mission, status: "report_overdue" };
    expect(dueMissionReminders(overdue, "2026-05-11")).toEqual([
      expect.objectContaining({ kind: "escalation", dueOn: "2026-05-11" }),
    ]);
    expect(dueMissionReminders(overdue, "2026-05-11")[0]?.rule.audience).toBe("daect");
    expect(kinds(overdue, "2026-06-09")).toEqual(["reimbursement_proposal"]);
    expect(kinds(overdue, "2026-06-08")).toEqual(["escalation"]);
    // Still report_due (not yet marked overdue) on the day after: the escalation goes all the same.
    expect(kinds(mission, "2026-05-11")).toEqual(["escalation"]);
  });

  it("never sends two prompts of the chain on the same day, even when the sweep catches up", () => {
    const seen = daily(mission, "2026-03-10", "2026-07-31").map((line) => line.split(" ")[1]);
    // A daily sweep sees each kind due on consecutive days; the windows do not overlap.
    const perDay = new Map<string, number>();
    for (const line of daily(mission, "2026-03-10", "2026-07-31")) {
      const day = line.split(" ")[0] ?? "";
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    expect(Math.max(...perDay.values())).toBe(1);
    expect([...new Set(seen)]).toEqual([
      "report_30d_after_return",
      "report_14d_before",
      "report_3d_before",
      "report_due_today",
      "escalation",
      "reimbursement_proposal",
    ]);
    // A sweep that was down from 20 April to 1 May still sends the 14-day prompt, late.
    expect(dueMissionReminders(mission, "2026-05-01")).toEqual([
      expect.objectContaining({ kind: "report_14d_before", dueOn: "2026-04-26" }),
    ]);
  });

  it("stops prompting the missionaries once the report is in, and reminds the focal point every 7 days", () => {
    const submitted: MissionReminderFacts = {
      ...mission,
      status: "report_submitted",
      // 23:30 Paris on 2 May is still 2 May in Paris (21:30 UTC).
      reportSubmittedAt: new Date("2026-05-02T21:30:00Z"),
    };
    expect(kinds(submitted, "2026-05-07")).toEqual([]);
    expect(kinds(submitted, "2026-05-08")).toEqual([]);
    expect(kinds(submitted, "2026-05-09")).toEqual(["validation_wait_7d"]);
    expect(kinds(submitted, "2026-05-15")).toEqual(["validation_wait_7d"]);
    expect(kinds(submitted, "2026-05-16")).toEqual(["validation_wait_14d"]);
    expect(dueMissionReminders(submitted, "2026-05-16")[0]).toMatchObject({
      dueOn: "2026-05-16",
      rule: { audience: "focal_points", notification: "report_validation_reminder" },
    });
    // After weeks without a sweep: only the latest occurrence.
    expect(kinds(submitted, "2026-06-20")).toEqual(["validation_wait_49d"]);
    expect(kinds({ ...submitted, status: "report_validated" }, "2026-05-09")).toEqual([]);
  });

  it("prompts nothing for missions not waiting for a report", () => {
    for (const status of ["in_progress", "closed", "reimbursement_requested", "waived", "cancelled"]) {
      expect(daily({ ...mission, status }, "2026-03-10", "2026-07-31")).toEqual([]);
    }
    expect(kinds({ ...mission, returnedOn: null, reportDeadline: null }, "2026-05-10")).toEqual([]);
  });

  it("follows a granted extension: the prompts move with the new deadline", () => {
    const extended = { ...mission, reportDeadline: "2026-06-10" };
    // The after-return prompt (sent once already, in practice) stays due until the 14-day one takes over.
    expect(kinds(extended, "2026-05-10")).toEqual(["report_30d_after_return"]);
    expect(kinds(extended, "2026-05-11")).toEqual(["report_30d_after_return"]);
    expect(kinds(extended, "2026-05-27")).toEqual(["report_14d_before"]);
  });

  it("warns focal points 90 and 30 days before a label's last day", () => {
    // Valid through 31 December 2026, Paris time.
    const label = { status: "active", validUntil: new Date("2026-12-31T22:59:59.999Z") };
    const labelKinds = (today: string) => dueLabelReminders(label, today).map((d) => d.kind);
    expect(labelKinds("2026-10-01")).toEqual([]);
    expect(labelKinds("2026-10-02")).toEqual(["label_expiry_90d_before"]);
    expect(labelKinds("2026-11-30")).toEqual(["label_expiry_90d_before"]);
    expect(labelKinds("2026-12-01")).toEqual(["label_expiry_30d_before"]);
    expect(labelKinds("2026-12-31")).toEqual(["label_expiry_30d_before"]);
    expect(labelKinds("2027-01-01")).toEqual([]);
    expect(dueLabelReminders({ ...label, status: "revoked" }, "2026-12-01")).toEqual([]);
  });

  it("gives the sweep the anchor dates each kind is due for, consistent with the due function", () => {
    const byKind = (kind: string) => DEFAULT_REMINDER_POLICY.rules.find((r) => r.kind === kind);
    const rule14 = byKind("report_14d_before");
    if (!rule14) throw new Error("missing rule");
    expect(dueAnchorRanges(rule14, "2026-05-01")).toEqual([
      { anchor: "reportDeadline", onOrBefore: "2026-05-15", onOrAfter: "2026-05-05" },
    ]);
    const after = byKind("report_30d_after_return");
    if (!after) throw new Error("missing rule");
    expect(dueAnchorRanges(after, "2026-04-09")).toEqual([
      { anchor: "returnedOn", onOrBefore: "2026-03-10" },
      { anchor: "reportDeadline", onOrAfter: "2026-04-24" },
    ]);
    const reimbursement = byKind("reimbursement_proposal");
    if (!reimbursement) throw new Error("missing rule");
    expect(dueAnchorRanges(reimbursement, "2026-06-09")).toEqual([
      { anchor: "reportDeadline", onOrBefore: "2026-05-10" },
    ]);
    // Exhaustively: a mission is in the ranges exactly on the days the rule is due for it.
    for (const rule of DEFAULT_REMINDER_POLICY.rules.filter((r) => r.subject === "mission" && !r.everyDays)) {
      for (let day = "2026-03-01"; day <= "2026-08-01"; day = addDays(day, 1)) {
        const facts = { ...mission, status: rule.states[0] ?? "" };
        const inRanges = dueAnchorRanges(rule, day).every((range) => {
          const value = range.anchor === "returnedOn" ? facts.returnedOn : facts.reportDeadline;
          return (
            value !== null &&
            (range.onOrAfter === undefined || value >= range.onOrAfter) &&
            (range.onOrBefore === undefined || value <= range.onOrBefore)
          );
        });
        const due = dueMissionReminders(facts, day).some((d) => d.kind === rule.kind);
        expect({ rule: rule.kind, day, due }).toEqual({ rule: rule.kind, day, due: inRanges });
      }
    }
  });

  it("derives every rule from changed settings", () => {
    const policy = buildReminderPolicy({
      ...DEFAULT_REMINDER_SETTINGS,
      afterReturnDays: [15, 30],
      beforeDeadlineDays: [7],
      reimbursementGraceDays: 60,
    });
    expect(policy.rules.filter((r) => r.subject === "mission").map((r) => r.kind)).toEqual([
      "report_15d_after_return",
      "report_30d_after_return",
      "report_7d_before",
      "escalation",
      "reimbursement_proposal",
      "validation_wait",
    ]);
    expect(
      dueMissionReminders({ ...mission, status: "report_overdue" }, "2026-06-09", policy).map((d) => d.kind),
    ).toEqual(["escalation"]);
  });

  describe("snooze", () => {
    // 10:00 Paris on 5 May 2026; the deadline is 10 May.
    const now = new Date("2026-05-05T08:00:00Z");

    it("offers 1, 3 or 7 days, but never past the deadline", () => {
      expect(snoozeChoices(now, "2026-05-10")).toEqual([1, 3]);
      expect(snoozeChoices(now, "2026-06-10")).toEqual([1, 3, 7]);
      expect(snoozeChoices(new Date("2026-05-10T08:00:00Z"), "2026-05-10")).toEqual([]);
    });

    it("is offered only while the report is due in time", () => {
      expect(isSnoozable("report_due")).toBe(true);
      expect(isSnoozable("report_overdue")).toBe(false);
      expect(isSnoozable("report_submitted")).toBe(false);
    });

    it("ends the same local time days later, or refuses", () => {
      expect(checkSnooze(now, 3, "2026-05-10").toISOString()).toBe("2026-05-08T08:00:00.000Z");
      expect(() => checkSnooze(now, 7, "2026-05-10")).toThrow(
        expect.objectContaining({ code: "snooze_past_deadline" }),
      );
      expect(() => checkSnooze(now, 2, "2026-06-10")).toThrow(expect.objectContaining({ code: "invalid_input" }));
    });
  });
});
