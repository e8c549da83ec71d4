import { DomainError } from "../../src/domain/errors";
import { describeError, formatDate, t } from "../../src/i18n";
import { core } from "../../src/i18n/messages/core";

describe("i18n", () => {
  it("has the same keys in French and English", () => {
    expect(Object.keys(core.en).sort()).toEqual(Object.keys(core.fr).sort());
  });

  it("explains a conflicting decision with who and when, in the person's language", () => {
    const error = new DomainError("already_decided", {
      decision: "validated",
      by: "Awa Ndiaye",
      at: "2026-04-01T08:30:00Z",
    });
    expect(describeError(error, "fr")).toBe(
      "Déjà décidé : validée par l’ambassade, par Awa Ndiaye le 1 avr. 2026, 10:30.",
    );
    expect(describeError(error, "en")).toBe(
      "Already decided: validated by the embassy, by Awa Ndiaye on 1 Apr 2026, 10:30.",
    );
  });

  it("formats dates and falls back to French", () => {
    expect(formatDate("2026-06-10", "fr")).toBe("10 juin 2026");
    expect(formatDate("2026-06-10", "en")).toBe("10 June 2026");
    expect(t("en", "error.leg_too_long", { days: 8, max: 7 })).toBe(
      "A leg lasts one week at most: 8 days here, 7 at most.",
    );
  });
});
