import { DomainError } from "../../src/domain/errors";
import { canTransition } from "../../src/domain/lifecycle";
import {
  ACTIVE_MISSION_STATES,
  checkCourse,
  checkHeadCount,
  checkMissionaries,
  courseSpan,
  type LegInput,
  MISSION_STATES,
  MISSION_TRANSITIONS,
  type MissionState,
} from "../../src/domain/mission";
import { isReportReviewable, isReportWritable } from "../../src/domain/report";

const leg = (startDate: string, endDate: string, peopleCount = 1, kind: LegInput["kind"] = "outbound"): LegInput => ({
  kind,
  startDate,
  endDate,
  peopleCount,
});
const codeOf = (fn: () => void) => {
  try {
    fn();
    return "ok";
  } catch (e) {
    return (e as DomainError).code;
  }
};

describe("M4: the missionaries named match the head-count of the legs abroad", () => {
  it("refuses two missionaries on a leg of one, and one missionary on a leg of two, on the missionaries field", () => {
    for (const [people, named] of [
      [1, 2],
      [2, 1],
    ]) {
      try {
        checkHeadCount([leg("2026-05-04", "2026-05-08", people)], named as number);
        throw new Error("accepted");
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).code).toBe("missionaries_head_count");
        expect((e as DomainError).field).toBe("missionaries");
        expect((e as DomainError).params).toEqual({ count: named, expected: people, leg: 1 });
      }
    }
  });

  it("takes the largest leg abroad: a smaller one takes some of the missionaries; hosting counts the foreign guests", () => {
    const course = [leg("2026-05-04", "2026-05-08", 1), leg("2026-06-01", "2026-06-05", 2)];
    expect(codeOf(() => checkHeadCount(course, 2))).toBe("ok");
    expect(codeOf(() => checkHeadCount(course, 1))).toBe("missionaries_head_count");
    const hosting = [leg("2026-05-04", "2026-05-08", 1), leg("2026-06-01", "2026-06-05", 2, "hosting")];
    expect(codeOf(() => checkHeadCount(hosting, 1))).toBe("ok");
    expect(codeOf(() => checkHeadCount(hosting, 2))).toBe("missionaries_head_count");
  });
});

describe("M4: 1 or 2 people, one week at most", () => {
  it("accepts 7 days counting both ends, refuses 8", () => {
    expect(codeOf(() => checkCourse([leg("2026-05-04", "2026-05-10")], "2026-05-01"))).toBe("ok");
    expect(codeOf(() => checkCourse([leg("2026-05-04", "2026-05-11")], "2026-05-01"))).toBe("leg_too_long");
  });

  it("counts calendar days across the daylight-saving change (29 March 2026)", () => {
    expect(codeOf(() => checkCourse([leg("2026-03-25", "2026-03-31")], "2026-03-01"))).toBe("ok");
    expect(codeOf(() => checkCourse([leg("2026-10-21", "2026-10-28")], "2026-10-01"))).toBe("leg_too_long");
  });

  it("refuses 0 or 3 people on a leg and 3 missionaries", () => {
    expect(codeOf(() => checkCourse([leg("2026-05-04", "2026-05-05", 3)], "2026-05-01"))).toBe(
      "travellers_out_of_range",
    );
    expect(codeOf(() => checkCourse([leg("2026-05-04", "2026-05-05", 0)], "2026-05-01"))).toBe(
      "travellers_out_of_range",
    );
    expect(codeOf(() => checkMissionaries(3))).toBe("travellers_out_of_range");
    expect(codeOf(() => checkMissionaries(0))).toBe("travellers_out_of_range");
    expect(codeOf(() => checkMissionaries(2))).toBe("ok");
  });

  it("refuses a start in the past, an end before the start, overlapping legs, hosting alone", () => {
    expect(codeOf(() => checkCourse([leg("2026-04-30", "2026-05-02")], "2026-05-01"))).toBe("date_in_past");
    expect(codeOf(() => checkCourse([leg("2026-05-04", "2026-05-03")], "2026-05-01"))).toBe("date_order");
    expect(
      codeOf(() =>
        checkCourse([leg("2026-05-04", "2026-05-08"), leg("2026-05-07", "2026-05-09", 1, "hosting")], "2026-05-01"),
      ),
    ).toBe("legs_overlap");
    expect(codeOf(() => checkCourse([leg("2026-05-04", "2026-05-05", 1, "hosting")], "2026-05-01"))).toBe(
      "invalid_input",
    );
    expect(codeOf(() => checkCourse([leg("2026-02-30", "2026-03-01")], "2026-01-01"))).toBe("invalid_input");
  });

  it("names the field at fault so a form can show the error there", () => {
    try {
      checkCourse([leg("2026-05-04", "2026-05-05"), leg("2026-05-10", "2026-05-20", 1, "hosting")], "2026-05-01");
    } catch (e) {
      expect((e as DomainError).field).toBe("legs.1.endDate");
    }
  });

  it("spans from the first start to the last end", () => {
    expect(courseSpan([leg("2026-06-01", "2026-06-03", 1, "hosting"), leg("2026-05-04", "2026-05-08")])).toEqual({
      startDate: "2026-05-04",
      endDate: "2026-06-03",
    });
  });
});

describe("mission life cycle", () => {
  const reachable = (from: MissionState) =>
    Object.values(MISSION_TRANSITIONS)
      .filter((t) => t.from.includes(from))
      .map((t) => t.to);

  it("cancels only before departure", () => {
    const cancellable = MISSION_STATES.filter((s) => canTransition(MISSION_TRANSITIONS, "cancel", s));
    expect(cancellable).toEqual(["draft", "awaiting_embassy", "validated", "refused", "confirmed"]);
  });

  it("has no way out of the final states", () => {
    for (const final of ["closed", "cancelled"] as const) expect(reachable(final)).toEqual([]);
  });

  it("reaches every state from draft", () => {
    const seen = new Set<MissionState>(["draft"]);
    const queue: MissionState[] = ["draft"];
    while (queue.length)
      for (const next of reachable(queue.shift() as MissionState))
        if (!seen.has(next)) seen.add(next) && queue.push(next);
    expect([...seen].sort()).toEqual([...MISSION_STATES].sort());
  });
});

describe("reports (R1–R3)", () => {
  it("can be written while the window is open and none is in, or after a return for changes", () => {
    expect(isReportWritable("report_due", null)).toBe(true);
    expect(isReportWritable("report_overdue", undefined)).toBe(true);
    expect(isReportWritable("reimbursement_requested", null)).toBe(true);
    expect(isReportWritable("report_due", "returned")).toBe(true);
    expect(isReportWritable("report_submitted", "submitted")).toBe(false);
    expect(isReportWritable("in_progress", null)).toBe(false);
    expect(isReportWritable("reimbursement_requested", "submitted")).toBe(false);
  });

  it("can be reviewed once handed in, and not twice", () => {
    expect(isReportReviewable("submitted")).toBe(true);
    expect(isReportReviewable("validated")).toBe(false);
    expect(isReportReviewable(null)).toBe(false);
  });

  it("keeps settled reimbursements among the open files until DAECT closes them", () => {
    expect(ACTIVE_MISSION_STATES).toEqual(expect.arrayContaining(["reimbursed", "waived", "report_validated"]));
    expect(ACTIVE_MISSION_STATES).not.toContain("closed");
    expect(ACTIVE_MISSION_STATES).not.toContain("cancelled");
  });
});
