import { APPLICATION_STATES, APPLICATION_TRANSITIONS } from "../../src/domain/application";
import { DomainError } from "../../src/domain/errors";
import { checkExtendedDeadline, EXTENSION_STATES, EXTENSION_TRANSITIONS } from "../../src/domain/extension";
import { importedLabelState, LABEL_STATES, LABEL_TRANSITIONS } from "../../src/domain/label";
import { nextState, requireComment, type TransitionTable } from "../../src/domain/lifecycle";
import { MISSION_TRANSITIONS } from "../../src/domain/mission";
import { REIMBURSEMENT_STATES, REIMBURSEMENT_TRANSITIONS } from "../../src/domain/reimbursement";
import { REPORT_STATES, REPORT_TRANSITIONS } from "../../src/domain/report";

/** What a verb does from a state: "→ <target>" when allowed, else the error code with the state it names. */
function outcome<S extends string, V extends string>(table: TransitionTable<S, V>, verb: V, from: S, entity: string) {
  try {
    return `→ ${nextState(table, verb, from, entity)}`;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(error.params).toEqual({ entity, state: from, action: verb });
    return error.code;
  }
}

/** Every verb tried from every state, against the life cycle written out by hand (the spec, not the table). */
function everyStep<S extends string, V extends string>(
  entity: string,
  table: TransitionTable<S, V>,
  states: readonly S[],
  allowed: Record<V, Partial<Record<S, S>>>,
) {
  for (const verb of Object.keys(allowed) as V[]) {
    for (const from of states) {
      const to = allowed[verb][from];
      expect(`${verb} from ${from}: ${outcome(table, verb, from, entity)}`).toBe(
        `${verb} from ${from}: ${to ? `→ ${to}` : "wrong_state"}`,
      );
    }
  }
  expect(Object.keys(table).sort()).toEqual(Object.keys(allowed).sort());
}

describe("life-cycle tables: every verb from every state", () => {
  it("label (§3): active ends once, expired by the scheduler or revoked by DAECT; an ended label stays ended", () => {
    everyStep("label", LABEL_TRANSITIONS, LABEL_STATES, {
      expire: { active: "expired", suspended: "expired" },
      revoke: { active: "revoked", suspended: "revoked" },
      suspend: { active: "suspended", suspended: "suspended" },
      reinstate: { suspended: "active" },
    });
  });

  it("label: a revocation and a suspension must say why; a reinstatement need not", () => {
    expect(() => requireComment(LABEL_TRANSITIONS, "revoke", " ", "reason")).toThrow("comment_required");
    expect(() => requireComment(LABEL_TRANSITIONS, "suspend", "", "reason")).toThrow("comment_required");
    expect(() => requireComment(LABEL_TRANSITIONS, "reinstate", undefined, "reason")).not.toThrow();
  });

  it("report (R1): reviewed once handed in; a returned report comes back, a validated one is final", () => {
    everyStep("report", REPORT_TRANSITIONS, REPORT_STATES, {
      resubmit: { returned: "submitted" },
      validate: { submitted: "validated" },
      return: { submitted: "returned" },
    });
  });

  it("reimbursement (R2): a request is paid or waived, once", () => {
    everyStep("reimbursement", REIMBURSEMENT_TRANSITIONS, REIMBURSEMENT_STATES, {
      pay: { requested: "paid" },
      waive: { requested: "waived" },
    });
  });

  it("extension request: pending until DAECT grants or refuses it, once", () => {
    everyStep("extension", EXTENSION_TRANSITIONS, EXTENSION_STATES, {
      grant: { pending: "granted" },
      refuse: { pending: "refused" },
    });
  });

  it("application (L7): decided or withdrawn while pending only", () => {
    everyStep("application", APPLICATION_TRANSITIONS, APPLICATION_STATES, {
      recommend: { submitted: "under_review", under_review: "under_review" },
      approve: { submitted: "approved", under_review: "approved" },
      reject: { submitted: "rejected", under_review: "rejected" },
      request_changes: { submitted: "changes_requested", under_review: "changes_requested" },
      resubmit: { changes_requested: "submitted" },
      withdraw: { submitted: "withdrawn", under_review: "withdrawn", changes_requested: "withdrawn" },
    });
  });
});

describe("decisions that must say why", () => {
  const codeOf = (fn: () => void) => {
    try {
      fn();
      return "ok";
    } catch (error) {
      return error instanceof DomainError ? `${error.code} on ${error.field}` : "not a domain error";
    }
  };

  it("a returned report, an embassy refusal and a rejected application need a comment", () => {
    for (const comment of [undefined, null, "", "   "]) {
      expect(codeOf(() => requireComment(REPORT_TRANSITIONS, "return", comment, "comment"))).toBe(
        "comment_required on comment",
      );
      expect(codeOf(() => requireComment(MISSION_TRANSITIONS, "embassy_refuse", comment, "comment"))).toBe(
        "comment_required on comment",
      );
      expect(codeOf(() => requireComment(APPLICATION_TRANSITIONS, "reject", comment, "reason"))).toBe(
        "comment_required on reason",
      );
    }
    expect(codeOf(() => requireComment(REPORT_TRANSITIONS, "return", "Préciser les suites", "comment"))).toBe("ok");
  });

  it("the other decisions may go without one", () => {
    expect(codeOf(() => requireComment(REPORT_TRANSITIONS, "validate", undefined, "comment"))).toBe("ok");
    expect(codeOf(() => requireComment(MISSION_TRANSITIONS, "embassy_validate", undefined, "comment"))).toBe("ok");
    expect(codeOf(() => requireComment(APPLICATION_TRANSITIONS, "approve", undefined, "reason"))).toBe("ok");
    expect(codeOf(() => requireComment(EXTENSION_TRANSITIONS, "refuse", undefined, "comment"))).toBe("ok");
    expect(codeOf(() => requireComment(REIMBURSEMENT_TRANSITIONS, "waive", undefined, "note"))).toBe("ok");
  });

  it("a granted extension names a later deadline that has not passed yet", () => {
    const now = new Date("2026-06-12T08:00:00Z");
    expect(codeOf(() => checkExtendedDeadline("2026-06-10", undefined, now))).toBe("invalid_input on newDeadline");
    expect(codeOf(() => checkExtendedDeadline("2026-06-10", "2026-06-10", now))).toBe("date_order on newDeadline");
    expect(codeOf(() => checkExtendedDeadline("2026-06-01", "2026-06-11", now))).toBe("date_order on newDeadline");
    // The deadline day is included, in Paris: 12 June is still open at 10:00 there.
    expect(checkExtendedDeadline("2026-06-10", "2026-06-12", now)).toBe("2026-06-12");
  });
});

describe("L8: imported labels", () => {
  it("arrive active while their validity runs, expired after its last instant", () => {
    const until = new Date("2020-12-31T22:59:59.999Z");
    expect(importedLabelState(until, new Date("2020-12-31T22:00:00Z"))).toBe("active");
    expect(importedLabelState(until, until)).toBe("active");
    expect(importedLabelState(until, new Date("2021-01-01T00:00:00Z"))).toBe("expired");
  });
});
