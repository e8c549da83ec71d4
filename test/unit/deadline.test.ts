import { DateTime } from "luxon";
import { computeReportDeadline, deadlineInstant, isPastDeadline, reportDueOf } from "../../src/domain/deadline";

describe("R1 report deadline", () => {
  it.each([
    ["2026-03-10", "2026-05-10"],
    ["2026-08-31", "2026-10-31"],
    ["2027-12-31", "2028-02-29"],
    ["2026-12-31", "2027-02-28"],
    ["2026-12-30", "2027-02-28"],
    ["2027-01-31", "2027-03-31"],
    ["2026-10-31", "2026-12-31"],
  ])("return %s → deadline %s", (returned, deadline) => {
    expect(computeReportDeadline(returned)).toBe(deadline);
  });

  it("is the date luxon's calendar months give, for every day of 1999 to 2031, and refuses what is not a date", () => {
    const differences: string[] = [];
    for (let day = DateTime.utc(1999, 1, 1); day.year < 2032; day = day.plus({ days: 1 })) {
      const iso = day.toISODate() as string;
      const expected = day.plus({ months: 2 }).toISODate();
      if (computeReportDeadline(iso) !== expected) differences.push(`${iso}: ${computeReportDeadline(iso)}`);
    }
    expect(differences).toEqual([]);
    for (const odd of ["2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "26-01-01", "", "2026-1-01"]) {
      expect(() => computeReportDeadline(odd)).toThrow(RangeError);
    }
  });

  it("ends at midnight Paris on the deadline day, summer and winter time alike", () => {
    expect(deadlineInstant("2026-07-15").toISOString()).toBe("2026-07-15T21:59:59.999Z");
    expect(deadlineInstant("2026-01-15").toISOString()).toBe("2026-01-15T22:59:59.999Z");
  });

  it("spans the daylight-saving change: a return on 29 Jan gives 29 Mar 2026, the day of the change", () => {
    expect(computeReportDeadline("2026-01-29")).toBe("2026-03-29");
    expect(deadlineInstant("2026-03-29").toISOString()).toBe("2026-03-29T21:59:59.999Z");
    expect(deadlineInstant("2026-10-25").toISOString()).toBe("2026-10-25T22:59:59.999Z");
  });

  it("is past only after the deadline day has ended in Paris", () => {
    expect(isPastDeadline("2026-05-10", new Date("2026-05-10T21:59:00Z"))).toBe(false);
    expect(isPastDeadline("2026-05-10", new Date("2026-05-10T22:00:00Z"))).toBe(true);
  });
});

describe("R1 deadline a file shows from the moment it is opened", () => {
  it("is planned from the last leg's end until the return is recorded, then the recorded one", () => {
    const opened = { status: "awaiting_embassy", endDate: "2026-08-31", reportDeadline: null };
    expect(reportDueOf(opened)).toEqual({ date: "2026-10-31", planned: true });
    expect(reportDueOf({ ...opened, status: "in_progress" })).toEqual({ date: "2026-10-31", planned: true });
    // Back a day early: the return sets the actual deadline, which wins over the plan.
    const returned = { status: "report_due", endDate: "2026-08-31", reportDeadline: "2026-10-30" };
    expect(reportDueOf(returned)).toEqual({ date: "2026-10-30", planned: false });
  });

  it("plans none for a file that will not travel as planned", () => {
    for (const status of ["cancelled", "refused"]) {
      expect(reportDueOf({ status, endDate: "2026-04-10", reportDeadline: null })).toBeNull();
    }
  });
});
