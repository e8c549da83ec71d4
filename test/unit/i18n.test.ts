import { DomainError } from "../../src/domain/errors";
import { describeError, formatDate, t } from "../../src/i18n";
import { core } from "../../src/i18n/messages/core";
import { refusals } from "../../src/i18n/messages/refusals";

describe("i18n", () => {
  it("has the same keys in French and English", () => {
    expect(Object.keys(core.en).sort()).toEqual(Object.keys(core.fr).sort());
    expect(Object.keys(refusals.en).sort()).toEqual(Object.keys(refusals.fr).sort());
  });

  it("explains a conflicting decision with who and when, in the person's language", () => {
    const error = new DomainError("already_decided", {
      entity: "mission",
      decision: "validated",
      by: "Awa Ndiaye",
      at: "2026-04-01T08:30:00Z",
    });
    expect(describeError(error, "fr")).toBe(
      "C’est déjà fait : cette mission est « validée par l’ambassade », par Awa Ndiaye le 1 avr. 2026, 10:30. Il n’y a rien de plus à faire.",
    );
    expect(describeError(error, "en")).toBe(
      "Already done: this mission is “validated by the embassy”, by Awa Ndiaye on 1 Apr 2026, 10:30. There is nothing more to do.",
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
