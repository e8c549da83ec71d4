import {
  checkDelegation,
  type DelegateFacts,
  type DelegationRequest,
  delegableGrants,
  delegatedFacts,
  isActive,
  typedDelegation,
} from "../../src/domain/delegation";
import { isAllowed } from "../../src/domain/roles";

const today = "2026-08-01";
const colleagueOfSenegal: DelegateFacts = {
  personId: "awa",
  roles: [{ role: "embassy", scope: "SN" }],
  organisationId: null,
};
const request = (over: Partial<DelegationRequest> = {}): DelegationRequest => ({
  delegatorId: "marc",
  delegate: colleagueOfSenegal,
  role: "embassy",
  scope: "SN",
  from: "2026-08-03",
  to: "2026-08-17",
  byDaect: false,
  ...over,
});
const code = (r: DelegationRequest) => {
  try {
    checkDelegation(r, today);
    return "accepted";
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe("dated delegation rules", () => {
  it("accepts a colleague of the same embassy for a range of dates to come, both days included", () => {
    expect(code(request())).toBe("accepted");
    expect(code(request({ from: today, to: today }))).toBe("accepted");
    expect(code(request({ from: "2026-08-01", to: "2026-10-31" }))).toBe("accepted");
  });

  it("refuses a range backwards, started in the past, too long, or a person naming themself", () => {
    expect(code(request({ from: "2026-08-17", to: "2026-08-03" }))).toBe("date_order");
    expect(code(request({ from: "2026-07-31" }))).toBe("date_in_past");
    expect(code(request({ from: "2026-08-01", to: "2026-11-01" }))).toBe("delegation_too_long");
    expect(code(request({ from: "2026-02-30" }))).toBe("invalid_input");
    expect(code(request({ delegate: { ...colleagueOfSenegal, personId: "marc" } }))).toBe("delegation_self");
  });

  it("refuses a delegate of another country or body, unless DAECT names them", () => {
    const ofMali: DelegateFacts = { personId: "ali", roles: [{ role: "embassy", scope: "ML" }], organisationId: null };
    expect(code(request({ delegate: ofMali }))).toBe("delegation_outside_scope");
    expect(code(request({ delegate: ofMali, byDaect: true }))).toBe("accepted");
    const ofLyon: DelegateFacts = { personId: "lea", roles: [], organisationId: "lyon" };
    expect(code(request({ delegate: ofLyon, role: "focal_point", scope: "lyon" }))).toBe("accepted");
    expect(code(request({ delegate: ofLyon, role: "focal_point", scope: "nantes" }))).toBe("delegation_outside_scope");
  });

  it("is active from its first to its last day, until ended", () => {
    const d = { from: "2026-08-03", to: "2026-08-17", revokedAt: null };
    expect(isActive(d, "2026-08-02")).toBe(false);
    expect(isActive(d, "2026-08-03")).toBe(true);
    expect(isActive(d, "2026-08-17")).toBe(true);
    expect(isActive(d, "2026-08-18")).toBe(false);
    expect(isActive({ ...d, revokedAt: new Date() }, "2026-08-10")).toBe(false);
  });

  it("hands over the delegated capacity alone: never the delegator's own person", () => {
    const facts = delegatedFacts({ role: "embassy", scope: "SN" });
    expect(isAllowed("mission.embassy_decide", facts, { countryCode: "SN" })).toBe(true);
    expect(isAllowed("mission.embassy_decide", facts, { countryCode: "ML" })).toBe(false);
    expect(isAllowed("report.submit", facts, { missionaryIds: ["marc"] })).toBe(false);
    const grants = delegableGrants({
      personId: "marc",
      roles: [
        { role: "daect", scope: "" },
        { role: "embassy", scope: "SN" },
        { role: "focal_point", scope: "lyon" },
      ],
    });
    expect(grants.map((g) => g.role)).toEqual(["embassy", "focal_point"]);
  });

  it("reads a range as people type it", () => {
    expect(typedDelegation("marie@lyon.fr du 3/08/2026 au 17/08/2026")).toEqual({
      words: ["marie@lyon.fr"],
      from: "2026-08-03",
      to: "2026-08-17",
    });
    expect(typedDelegation("a@x.fr b@x.fr 2026-08-03 2026-08-17")?.words).toEqual(["a@x.fr", "b@x.fr"]);
    expect(typedDelegation("marie@lyon.fr du 31/02/2026 au 17/08/2026")).toBeNull();
    expect(typedDelegation("marie@lyon.fr du 03/08/2026")).toBeNull();
  });
});
