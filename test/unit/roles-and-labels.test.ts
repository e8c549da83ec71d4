import { focalPointOnApproval, mayFileFor } from "../../src/domain/application";
import { daysUntilExpiry, formatLabelNumber, isLabelUsable, labelValidUntil } from "../../src/domain/label";
import { type ActorFacts, isAllowed } from "../../src/domain/roles";

const actor = (roles: ActorFacts["roles"], personId = "p1"): ActorFacts => ({ personId, roles });

describe("who may do what", () => {
  it("lets only the embassy of the mission's country decide", () => {
    const sn = actor([{ role: "embassy", scope: "SN" }]);
    expect(isAllowed("mission.embassy_decide", sn, { countryCode: "SN" })).toBe(true);
    expect(isAllowed("mission.embassy_decide", sn, { countryCode: "MA" })).toBe(false);
    expect(isAllowed("mission.embassy_decide", actor([{ role: "daect", scope: "" }]), { countryCode: "SN" })).toBe(
      false,
    );
  });

  it("R1: the body's focal point validates reports; missionaries write them", () => {
    const focal = actor([{ role: "focal_point", scope: "org1" }]);
    expect(isAllowed("report.review", focal, { organisationId: "org1" })).toBe(true);
    expect(isAllowed("report.review", focal, { organisationId: "org2" })).toBe(false);
    expect(isAllowed("report.submit", actor([], "m1"), { missionaryIds: ["m1"] })).toBe(true);
    expect(isAllowed("report.review", actor([], "m1"), { missionaryIds: ["m1"], organisationId: "org1" })).toBe(false);
  });

  it("keeps missions and money for DAECT", () => {
    const committee = actor([{ role: "committee", scope: "" }]);
    expect(isAllowed("mission.open", committee)).toBe(false);
    expect(isAllowed("reimbursement.manage", committee)).toBe(false);
    expect(isAllowed("application.decide", committee)).toBe(true);
  });
});

describe("who holds a body", () => {
  const daect = actor([{ role: "daect", scope: "" }], "d1");
  const stranger = actor([], "s1");

  it("lets anyone file for a new body or one without a focal point, only its focal point or DAECT otherwise", () => {
    expect(mayFileFor(stranger, null)).toBe(true);
    expect(mayFileFor(stranger, { organisationId: "org1", focalPointIds: [] })).toBe(true);
    expect(mayFileFor(stranger, { organisationId: "org1", focalPointIds: ["f1"] })).toBe(false);
    const focal = actor([{ role: "focal_point", scope: "org1" }], "f1");
    expect(mayFileFor(focal, { organisationId: "org1", focalPointIds: ["f1"] })).toBe(true);
    expect(mayFileFor(daect, { organisationId: "org1", focalPointIds: ["f1"] })).toBe(true);
  });

  it("makes the applicant focal point on approval only of a body with none, and never DAECT", () => {
    expect(focalPointOnApproval(stranger, { focalPointIds: [] })).toBe("s1");
    expect(focalPointOnApproval(stranger, { focalPointIds: ["f1"] })).toBeNull();
    expect(focalPointOnApproval(daect, { focalPointIds: [] })).toBeNull();
    expect(focalPointOnApproval(actor([], ""), { focalPointIds: [] })).toBeNull();
  });

  it("gives the applicant a hold on their application only: to see and withdraw it", () => {
    const subject = { organisationId: "org1", applicantId: "s1" };
    expect(isAllowed("application.withdraw", stranger, subject)).toBe(true);
    expect(isAllowed("application.view", stranger, subject)).toBe(true);
    expect(isAllowed("application.withdraw", actor([], "s2"), subject)).toBe(false);
    expect(isAllowed("application.withdraw", actor([], ""), { organisationId: "org1", applicantId: "" })).toBe(false);
    for (const p of ["mission.view", "mission.confirm", "report.review", "label.view"] as const) {
      expect(isAllowed(p, stranger, subject)).toBe(false);
    }
  });
});

describe("labels", () => {
  it("are numbered per year", () => {
    expect(formatLabelNumber(2026, 7)).toBe("EXPE-CT-2026-0007");
  });

  it("are valid through the day before the anniversary, Paris time, and usable only while active", () => {
    const until = labelValidUntil(new Date("2026-07-15T10:00:00Z"), 3);
    expect(until.toISOString()).toBe("2029-07-14T21:59:59.999Z");
    expect(isLabelUsable({ status: "active", validUntil: until }, new Date("2029-07-14T20:00:00Z"))).toBe(true);
    expect(isLabelUsable({ status: "active", validUntil: until }, new Date("2029-07-14T22:00:00Z"))).toBe(false);
    expect(isLabelUsable({ status: "revoked", validUntil: until }, new Date("2027-01-01T00:00:00Z"))).toBe(false);
    expect(daysUntilExpiry({ status: "active", validUntil: until }, new Date("2029-04-15T08:00:00Z"))).toBe(90);
  });
});
