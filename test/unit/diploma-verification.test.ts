import { diplomaNumberSpellings, diplomaVerdict } from "../../src/domain/diploma-verification";
import { createRateLimiter } from "../../src/http/rate-limit";
import { renderVerificationPage } from "../../src/http/verification-page";
import { describeDiplomaCheck } from "../../src/i18n/diploma-check";

const at = (iso: string) => new Date(iso);

describe("a diploma's standing", () => {
  const label = {
    status: "active",
    validUntil: at("2029-03-01T22:59:59.999Z"),
    revokedAt: null,
    suspendedUntil: null,
  };

  it("is valid while the label is active and within its validity, expired past it, revoked with its date", () => {
    expect(diplomaVerdict(label, at("2029-03-01T12:00:00Z"))).toEqual({ standing: "valid" });
    expect(diplomaVerdict(label, at("2029-03-02T00:00:00Z"))).toEqual({ standing: "expired", date: label.validUntil });
    expect(diplomaVerdict({ ...label, status: "expired" }, at("2027-01-01T00:00:00Z")).standing).toBe("expired");
    const revokedAt = at("2026-09-15T10:00:00Z");
    // A revocation is the fact to state even once the validity has run out.
    expect(diplomaVerdict({ ...label, status: "revoked", revokedAt }, at("2030-01-01T00:00:00Z"))).toEqual({
      standing: "revoked",
      date: revokedAt,
    });
  });

  it("is suspended until the suspension's last instant, and valid again after it with no job", () => {
    const suspendedUntil = at("2027-05-31T21:59:59.999Z");
    const suspended = { ...label, status: "suspended", suspendedUntil };
    expect(diplomaVerdict(suspended, at("2027-05-31T12:00:00Z"))).toEqual({
      standing: "suspended",
      date: suspendedUntil,
    });
    expect(diplomaVerdict(suspended, at("2027-06-01T00:00:00Z"))).toEqual({ standing: "valid" });
    // A revocation during a suspension is what the page says.
    const revokedAt = at("2027-04-01T08:00:00Z");
    expect(diplomaVerdict({ ...suspended, status: "revoked", revokedAt }, at("2027-05-01T00:00:00Z")).standing).toBe(
      "revoked",
    );
  });

  it("reads a number as typed or in upper case, and refuses what cannot be one without a read", () => {
    expect(diplomaNumberSpellings(" EXPE-CT-2026-0001 ")).toEqual(["EXPE-CT-2026-0001"]);
    expect(diplomaNumberSpellings("expe-ct-2026-0001")).toEqual(["expe-ct-2026-0001", "EXPE-CT-2026-0001"]);
    // Spaces inside, a non-breaking one, typographic dashes: the spelling a letter or a word processor gives.
    expect(diplomaNumberSpellings("pact 3 - 2018 - 012")).toEqual(["pact3-2018-012", "PACT3-2018-012"]);
    expect(diplomaNumberSpellings("EXPE\u2011CT\u00a0\u2013 2026\u20130001\t")).toEqual(["EXPE-CT-2026-0001"]);
    expect(diplomaNumberSpellings(`${" ".repeat(40)}EXPE-CT-2026-0001`)).toEqual(["EXPE-CT-2026-0001"]);
    for (const bad of [
      "",
      " ",
      "..",
      "a/b",
      "A - ",
      `EXPE-CT-2026-0001${" ".repeat(200)}`,
      "É-1",
      "-1",
      "1-",
      "x".repeat(51),
      "1\u0000",
      "EXPE\u202E",
    ]) {
      expect(diplomaNumberSpellings(bad)).toBeNull();
    }
  });
});

describe("the verification page's words", () => {
  const check = {
    number: "EXPE-CT-2026-0001",
    organisation: "Ville de Lyon",
    themes: ["waste", "water"] as const,
    validFrom: at("2026-03-02T09:00:00Z"),
    validUntil: at("2029-03-01T22:59:59.999Z"),
  };

  it("words a suspension with its end date, ready for the state once labels have it", () => {
    const suspended = { ...check, verdict: { standing: "suspended", date: at("2026-06-30T21:59:59.999Z") } as const };
    const fr = describeDiplomaCheck(suspended, "fr");
    expect(fr.headline).toBe("Label suspendu jusqu’au 30 juin 2026");
    expect(renderVerificationPage({ locale: "fr", check: fr })).toContain(
      '<p class="standing suspended">Label suspendu jusqu’au 30 juin 2026</p>',
    );
    expect(describeDiplomaCheck(suspended, "en").headline).toBe("Label suspended until 30 June 2026");
  });

  it("names the themes in the page's language, and a revocation without a date as revoked", () => {
    const revoked = { ...check, verdict: { standing: "revoked", date: null } as const };
    expect(describeDiplomaCheck(revoked, "en")).toEqual({
      standing: "revoked",
      headline: "Label revoked",
      facts: [
        { label: "Number", value: "EXPE-CT-2026-0001" },
        { label: "Holder", value: "Ville de Lyon" },
        { label: "Themes", value: "Waste and recycling, Water and sanitation" },
        { label: "Validity", value: "from 2 March 2026 to 1 March 2029" },
      ],
    });
  });
});

describe("the rate limit's buckets", () => {
  it("lets `capacity` through at once, then one a refill, per address", () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 30, now: () => now });
    for (let i = 0; i < 30; i++) expect(limiter.take("a")).toBe(0);
    expect(limiter.take("a")).toBe(2);
    expect(limiter.take("b")).toBe(0);
    now += 2_000;
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("a")).toBe(2);
  });

  it("forgets the least recently seen address beyond its bound, so a flood of addresses cannot fill memory", () => {
    const now = 0;
    const limiter = createRateLimiter({ perMinute: 1, maxClients: 2, now: () => now });
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("b")).toBe(0);
    expect(limiter.take("a")).toBe(60);
    // "b" is now the least recently seen: a third address pushes it out, and it starts afresh.
    expect(limiter.take("c")).toBe(0);
    expect(limiter.take("b")).toBe(0);
    // That pushed out "a", the least recently seen by then.
    expect(limiter.take("a")).toBe(0);
  });
});
