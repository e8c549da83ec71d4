import { DomainError } from "../../src/domain/errors";
import {
  assertErasable,
  erasedEmail,
  erasedPseudonym,
  retentionCutoffs,
  scrubJson,
} from "../../src/domain/personal-data";

describe("personal data rules", () => {
  it("gives an erased person a pseudonym stable from their id and an address nobody receives", () => {
    const id = "cm4k2x9p10000abcd1234efgh";
    expect(erasedPseudonym(id)).toMatch(/^Personne effacée [0-9A-HJKMNP-TV-Z]{4}$/);
    expect(erasedPseudonym(id)).toBe(erasedPseudonym(id));
    expect(erasedPseudonym(id)).not.toBe(erasedPseudonym(`${id}x`));
    expect(erasedEmail(id)).toBe(`effacee-${id}@expect.invalid`);
  });

  it("waits while a body or a report depends on the person", () => {
    expect(() => assertErasable({ soleFocalPointOf: [], reportsDue: [] })).not.toThrow();
    const sole = () => assertErasable({ soleFocalPointOf: ["EXPE-CT-2026-0001"], reportsDue: ["M-2026-0001"] });
    expect(sole).toThrow(new DomainError("erasure_sole_focal_point", { number: "EXPE-CT-2026-0001" }));
    expect(() => assertErasable({ soleFocalPointOf: [], reportsDue: ["M-2026-0001"] })).toThrow(
      new DomainError("erasure_report_due", { reference: "M-2026-0001" }),
    );
  });

  it("replaces the person's e-mail anywhere, their full name in texts, a one-word name only as a whole value", () => {
    const after = { name: "Personne effacée 7F3K", email: "effacee-x@expect.invalid" };
    const marie = { name: "Marie Durand", email: "marie.durand@lyon.fr" };
    const json = JSON.stringify({ by: "Marie Durand", note: "Écrire à MARIE.DURAND@lyon.fr (Marie Durand)", n: 2 });
    expect(JSON.parse(scrubJson(json, marie, after))).toEqual({
      by: after.name,
      note: `Écrire à ${after.email} (${after.name})`,
      n: 2,
    });
    const ana = { name: "ana", email: "ana@lyon.fr" };
    const ghana = JSON.stringify({ by: "ana", country: "Ghana", list: ["ana", "banana"] });
    expect(JSON.parse(scrubJson(ghana, ana, after))).toEqual({
      by: after.name,
      country: "Ghana",
      list: [after.name, "banana"],
    });
  });

  it("keeps sent notifications 90 days and the audit 10 years by default, to the day", () => {
    const cutoffs = retentionCutoffs(new Date("2036-03-02T09:00:00Z"), { notificationDays: 90, auditYears: 10 });
    expect(cutoffs.notificationsBefore.toISOString()).toBe("2035-12-03T09:00:00.000Z");
    expect(cutoffs.auditBefore.toISOString()).toBe("2026-03-02T09:00:00.000Z");
  });
});
