import {
  type CapitalisationRow,
  DONE_STATES,
  LATE_WITHOUT_REPORT_STATES,
  lastYears,
  topRows,
  totalRow,
} from "../../src/domain/capitalisation";

const row = (key: string, missionsDone: number, extra: Partial<CapitalisationRow> = {}): CapitalisationRow => ({
  key,
  missionsDone,
  reportsLate: 0,
  reimbursementsAsked: 0,
  reimbursementsSettled: 0,
  complementaryAction: 0,
  longTermCooperation: 0,
  ...extra,
});

describe("capitalisation counts", () => {
  it("counts a mission as done from its recorded return on, never before nor once cancelled", () => {
    expect([...DONE_STATES].sort()).toEqual(
      [
        "closed",
        "reimbursed",
        "reimbursement_requested",
        "report_due",
        "report_overdue",
        "report_submitted",
        "report_validated",
        "waived",
      ].sort(),
    );
  });

  it("takes a file past its deadline without a report as late, the deadline moved or the report handed in aside", () => {
    expect([...LATE_WITHOUT_REPORT_STATES].sort()).toEqual(
      ["closed", "reimbursed", "reimbursement_requested", "report_overdue", "waived"].sort(),
    );
    expect(LATE_WITHOUT_REPORT_STATES).not.toContain("report_due");
    expect(LATE_WITHOUT_REPORT_STATES.every((s) => DONE_STATES.includes(s))).toBe(true);
  });

  it("shows the last years newest first, a year without missions as zeros", () => {
    const rows = [row("2024", 2), row("2026", 5, { complementaryAction: 3 })];
    expect(lastYears(rows, 2026, 3).map((r) => [r.key, r.missionsDone, r.complementaryAction])).toEqual([
      ["2026", 5, 3],
      ["2025", 0, 0],
      ["2024", 2, 0],
    ]);
  });

  it("keeps the keys with the most missions, ties in key order", () => {
    const rows = [row("TN", 1), row("SN", 4), row("MA", 4), row("BR", 2)];
    expect(topRows(rows, 3).map((r) => r.key)).toEqual(["MA", "SN", "BR"]);
  });

  it("adds every column up", () => {
    const total = totalRow(
      [
        row("SN", 3, { reportsLate: 1, reimbursementsAsked: 1, longTermCooperation: 2 }),
        row("MA", 2, { reimbursementsAsked: 1, reimbursementsSettled: 1, complementaryAction: 1 }),
      ],
      "total",
    );
    expect(total).toEqual(
      row("total", 5, {
        reportsLate: 1,
        reimbursementsAsked: 2,
        reimbursementsSettled: 1,
        complementaryAction: 1,
        longTermCooperation: 2,
      }),
    );
  });
});
