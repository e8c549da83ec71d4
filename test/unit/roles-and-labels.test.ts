import { focalPointOnApproval, mayFileFor } from "../../src/domain/application";
import type { DomainError } from "../../src/domain/errors";
import {
  assertLabelUsable,
  daysUntilExpiry,
  formatLabelNumber,
  isLabelUsable,
  labelStateAt,
  labelValidUntil,
  suspensionEnd,
} from "../../src/domain/label";
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

  it("read as suspended through the suspension's last day, Paris time, then as active again with no job", () => {
    const validUntil = new Date("2029-07-14T21:59:59.999Z");
    const suspendedUntil = suspensionEnd("2026-04-30", new Date("2026-03-02T09:00:00Z"));
    expect(suspendedUntil.toISOString()).toBe("2026-04-30T21:59:59.999Z");
    const label = { status: "suspended", validUntil, suspendedUntil, number: "EXPE-CT-2026-0001" };
    expect(labelStateAt(label, new Date("2026-04-30T21:00:00Z"))).toBe("suspended");
    expect(isLabelUsable(label, new Date("2026-04-30T21:00:00Z"))).toBe(false);
    expect(labelStateAt(label, new Date("2026-04-30T22:00:00Z"))).toBe("active");
    expect(isLabelUsable(label, new Date("2026-04-30T22:00:00Z"))).toBe(true);
    expect(labelStateAt(label, new Date("2029-07-15T00:00:00Z"))).toBe("expired");
    expect(labelStateAt({ ...label, status: "revoked" }, new Date("2026-04-01T00:00:00Z"))).toBe("revoked");
  });

  it("refuse a mission in words that say why: suspended until when, or revoked", () => {
    const validUntil = new Date("2029-07-14T21:59:59.999Z");
    const now = new Date("2026-04-01T08:00:00Z");
    const suspendedUntil = new Date("2026-04-30T21:59:59.999Z");
    const refusal = (label: Parameters<typeof assertLabelUsable>[0]) => {
      try {
        assertLabelUsable(label, now);
        return null;
      } catch (error) {
        return { code: (error as DomainError).code, params: (error as DomainError).params };
      }
    };
    const base = { number: "EXPE-CT-2026-0001", validUntil };
    expect(refusal({ ...base, status: "active" })).toBeNull();
    expect(refusal({ ...base, status: "suspended", suspendedUntil })).toEqual({
      code: "label_suspended",
      params: { number: "EXPE-CT-2026-0001", date: "2026-04-30" },
    });
    expect(refusal({ ...base, status: "revoked", revokedAt: new Date("2026-03-20T10:00:00Z") })).toEqual({
      code: "label_revoked",
      params: { number: "EXPE-CT-2026-0001", date: "2026-03-20" },
    });
    expect(refusal({ ...base, status: "expired" })?.code).toBe("label_not_active");
  });

  it("are suspended only until a date after today", () => {
    const now = new Date("2026-03-02T09:00:00Z");
    expect(() => suspensionEnd("2026-03-02", now)).toThrow("invalid_input");
    expect(() => suspensionEnd("2026-03-01", now)).toThrow("invalid_input");
    expect(suspensionEnd("2026-03-03", now).toISOString()).toBe("2026-03-03T22:59:59.999Z");
  });
});
