import type { z } from "zod";
import { DomainError } from "../../src/domain/errors";
import { LIMITS } from "../../src/domain/limits";
import { describeError, fieldLabel } from "../../src/i18n";
import { formErrors } from "../../src/slack/form-errors";
import { ZMissionInput } from "../../src/workflow/missions/mission-input";
import { ZReportInput } from "../../src/workflow/reports/submit-report";
import { parseInput } from "../../src/workflow/validate";
import { INPUT_LIMITS } from "../support/form-inputs";

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

describe("a rule's refusal of one field", () => {
  it("names the field by its label and gives the reason in words, never the schema name", () => {
    const missing = new DomainError("invalid_input", { field: "scope" }, "scope");
    expect(describeError(missing, "fr")).toBe(
      "« Périmètre du rôle (pays ou collectivité) » : cette valeur n'est pas acceptée, corrigez-la puis réessayez.",
    );
    const future = new DomainError("invalid_input", { field: "returnedOn", reason: "future" }, "returnedOn");
    expect(describeError(future, "en")).toBe("Return date: the date cannot be in the future.");
    const unnamed = new DomainError("invalid_input", { field: "somethingInternal" }, "somethingInternal");
    expect(describeError(unnamed, "fr")).not.toContain("somethingInternal");
  });
});

/** Every path a schema can report an issue at, rows written as their first index ("experts.0.name"). */
function pathsOf(schema: z.ZodType, prefix = ""): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === "pipe") return pathsOf(def.in as z.ZodType, prefix);
  if (["optional", "nullable", "default"].includes(def.type as string))
    return pathsOf(def.innerType as z.ZodType, prefix);
  if (def.type === "array") return [prefix, ...pathsOf(def.element as z.ZodType, `${prefix}.0`)];
  if (def.type === "object") {
    const shape = def.shape as Record<string, z.ZodType>;
    return Object.entries(shape).flatMap(([name, field]) => pathsOf(field, prefix ? `${prefix}.${name}` : name));
  }
  return [prefix];
}

/** Ids a form or card carries itself (metadata, button data): no person types them, so they have no label. */
const CARRIED = new Set([
  "applicationId",
  "extensionId",
  "round",
  "expectedVersion",
  "outcome",
  "renewalOfLabelId",
  "labelId",
]);

describe("Field labels", () => {
  const schemas = [...new Set(Object.values(INPUT_LIMITS).map((entry) => entry.schema))];
  it.each(schemas.flatMap((schema) => pathsOf(schema)).filter((p, i, all) => all.indexOf(p) === i))(
    "%s has a label in both languages",
    (path) => {
      if (CARRIED.has(path)) return;
      expect(fieldLabel("fr", path)).not.toBeNull();
      expect(fieldLabel("en", path)).not.toBeNull();
    },
  );
});

describe("Slack field errors", () => {
  it("shows a message alone under its own block, and names its field under another one", () => {
    const error = new DomainError("invalid_input", {}, "experts", {
      experts: { fr: "Au moins 1.", en: "At least 1." },
      organisationName: { fr: "À remplir.", en: "Required." },
      applicationId: { fr: "À remplir.", en: "Required." },
    });
    expect(formErrors(error, "fr", ["organisationName", "experts.r0.name"])).toEqual({
      organisationName: "À remplir.",
      "experts.r0.name": "Experts : Au moins 1.",
    });
  });
});
