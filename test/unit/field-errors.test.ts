import { DomainError } from "../../src/domain/errors";
import { LIMITS } from "../../src/domain/limits";
import { describeError, fieldLabel } from "../../src/i18n";
import { ZMissionInput } from "../../src/workflow/missions/mission-input";
import { ZReportInput } from "../../src/workflow/reports/submit-report";
import { parseInput } from "../../src/workflow/validate";

/** The messages of a refused input, spaces normalised (French groups thousands with a narrow no-break space). */
function refused(schema: Parameters<typeof parseInput>[0], input: unknown): DomainError {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("accepted");
}
const spaced = (text: string) => text.replace(/\s/g, " ");

describe("Field errors in words", () => {
  it("says how long a text may be and how long it was, in French and English", () => {
    const error = refused(ZReportInput, {
      missionId: "m1",
      objectAccount: "x".repeat(10_000),
      complementaryAction: true,
      longTermCooperation: false,
    });
    const message = error.fieldErrors?.objectAccount;
    expect(spaced(message?.fr ?? "")).toBe("3 000 caractères au plus (10 000 reçus).");
    expect(message?.en).toBe("3,000 characters at most (10,000 received).");
    expect(LIMITS.objectAccount).toBe(3000);
  });

  it("says what is missing or wrong without zod's words or the schema's names", () => {
    const error = refused(ZReportInput, { missionId: "m1", objectAccount: "  " });
    expect(error.fieldErrors).toEqual({
      objectAccount: { fr: "À remplir.", en: "Required." },
      complementaryAction: { fr: "Répondez par oui ou par non.", en: "Answer yes or no." },
      longTermCooperation: { fr: "Répondez par oui ou par non.", en: "Answer yes or no." },
    });
    const text = describeError(error, "fr");
    expect(text).toContain("Objet de la mission et compte rendu : À remplir.");
    expect(text).toContain("Une action complémentaire pourrait-elle suivre ? : Répondez par oui ou par non.");
    expect(text).not.toMatch(/complementaryAction|attendu|reçu/);
  });

  it("names a row's field by the row's position, and bad choices, dates and e-mails in words", () => {
    const error = refused(ZMissionInput, {
      labelId: "l1",
      countryCode: "S1",
      foreignPartner: "Saint-Louis",
      nature: "holiday",
      legs: [{ kind: "outbound", startDate: "2026-02-30", endDate: "2026-03-02", peopleCount: 1 }],
      missionaries: [{ email: "marie" }],
      expectedResult: "Un plan",
      transportCostEuros: "beaucoup",
    });
    const fr = Object.fromEntries(Object.entries(error.fieldErrors ?? {}).map(([k, v]) => [k, v.fr]));
    expect(fr).toMatchObject({
      countryCode: "Code pays en deux lettres (SN, MA…).",
      nature: "Choisissez l’une des options proposées.",
      "legs.0.startDate": "Date invalide : choisissez un jour du calendrier (AAAA-MM-JJ).",
      "missionaries.0.email": "Adresse e-mail invalide (nom@exemple.fr).",
      transportCostEuros: "Un nombre est attendu.",
    });
    expect(fieldLabel("fr", "legs.0.startDate")).toBe("Étape 1 · Début");
    expect(fieldLabel("en", "missionaries.1.email")).toBe("Missionary 2 · E-mail");
    expect(fieldLabel("fr", "themes.0")).toBe("Thèmes");
    expect(fieldLabel("fr", "_")).toBeNull();
    expect(describeError(error, "en")).toContain("Leg 1 · Start: Invalid date");
  });
});
