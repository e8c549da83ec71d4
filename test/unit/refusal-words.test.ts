import { APPLICATION_STATES, APPLICATION_TRANSITIONS } from "../../src/domain/application";
import { CsvInvalidError, type CsvProblemKind, DomainError, ERROR_CODES } from "../../src/domain/errors";
import { EXTENSION_STATES, EXTENSION_TRANSITIONS } from "../../src/domain/extension";
import { LABEL_STATES, LABEL_TRANSITIONS } from "../../src/domain/label";
import { MISSION_STATES, MISSION_TRANSITIONS } from "../../src/domain/mission";
import { REIMBURSEMENT_STATES, REIMBURSEMENT_TRANSITIONS } from "../../src/domain/reimbursement";
import { REPORT_STATES, REPORT_TRANSITIONS } from "../../src/domain/report";
import { type ActorFacts, PERMISSIONS, type Permission, refusalOf } from "../../src/domain/roles";
import { describeError, type Locale } from "../../src/i18n";
import { inCountry } from "../../src/i18n/countries";

/**
 * A walk over every refusal the domain can give (each permission for each kind of actor, each state of each life
 * cycle, each error code): what a person reads has no code, field name, id, placeholder or zod wording.
 */
const LOCALES: Locale[] = ["fr", "en"];
const CODE = /\b[a-z]+(?:_[a-z]+)+\b|\b(?:mission|report|application|label|admin|extension|conversation)\.[a-z]/;
const CAMEL = /\b[a-z]+[A-Z][A-Za-z]*\b/;
const LEFTOVER = /\{\w+\}|undefined|null|NaN|\[object/;
const ZOD = /Entrée invalide|attendu,|reçu|Invalid input|expected .*, received/i;

function expectWords(text: string) {
  expect(text).not.toMatch(CODE);
  expect(text).not.toMatch(CAMEL);
  expect(text).not.toMatch(LEFTOVER);
  expect(text).not.toMatch(ZOD);
  expect(text).not.toContain("cm0secret0id000000000000");
  expect(text.length).toBeGreaterThan(15);
}

const ACTORS: Record<string, ActorFacts> = {
  nobody: { personId: "p1", roles: [] },
  embassyMA: { personId: "p1", roles: [{ role: "embassy", scope: "MA" }] },
  focalElsewhere: { personId: "p1", roles: [{ role: "focal_point", scope: "cm0other0body00000000000" }] },
  committee: { personId: "p1", roles: [{ role: "committee", scope: "" }] },
};
const SUBJECT = {
  organisationId: "cm0secret0id000000000000",
  countryCode: "SN",
  missionaryIds: ["cm0secret0id000000000001"],
  applicantId: "cm0secret0id000000000002",
};

describe("refusal words", () => {
  it.each(Object.keys(PERMISSIONS) as Permission[])("words every refusal of %s", (permission) => {
    for (const actor of Object.values(ACTORS)) {
      for (const subject of [SUBJECT, {}]) {
        const params = refusalOf(permission, actor, subject);
        for (const locale of LOCALES) {
          const text = describeError(new DomainError("forbidden", params), locale);
          expectWords(text);
          // Each permission has its own words for what was refused.
          expect(text).not.toMatch(/faire cela|do this\b/);
        }
      }
    }
  });

  const lifecycles = [
    ["mission", MISSION_TRANSITIONS, MISSION_STATES],
    ["report", REPORT_TRANSITIONS, REPORT_STATES],
    ["application", APPLICATION_TRANSITIONS, APPLICATION_STATES],
    ["label", LABEL_TRANSITIONS, LABEL_STATES],
    ["extension", EXTENSION_TRANSITIONS, EXTENSION_STATES],
    ["reimbursement", REIMBURSEMENT_TRANSITIONS, REIMBURSEMENT_STATES],
  ] as const;

  it.each(lifecycles.map(([entity, table, states]) => [entity, table, states] as const))(
    "words every wrong state and earlier decision of a %s",
    (entity, table, states) => {
      const verbs = [...Object.keys(table), ...(entity === "mission" ? ["snooze", "request_extension"] : [])];
      for (const action of verbs) {
        for (const state of states) {
          for (const locale of LOCALES) {
            const wrong = describeError(new DomainError("wrong_state", { entity, state, action }), locale);
            expectWords(wrong);
            expect(wrong).not.toMatch(/faire cela maintenant|do this now/);
            const at = "2026-04-01T08:30:00Z";
            expectWords(
              describeError(new DomainError("already_decided", { entity, decision: state, by: "Awa", at }), locale),
            );
          }
        }
      }
    },
  );

  it("words every other error code, with the params the workflow gives", () => {
    const params: Record<string, Record<string, string | number>> = {
      not_found: { entity: "mission", id: "cm0secret0id000000000000" },
      conflict: { entity: "mission", id: "cm0secret0id000000000000" },
      mission_changed: { reference: "M-2026-0001", round: 1 },
      travellers_out_of_range: { count: 3, max: 2 },
      leg_too_long: { days: 9, max: 7 },
      legs_overlap: { position: 2 },
      date_in_past: { date: "2026-01-03" },
      date_order: { start: "2026-04-06", end: "2026-04-01" },
      label_not_active: { number: "EXPE-CT-2026-0001" },
      pending_application_exists: { organisation: "Ville de Lyon" },
      tie_stands: { organisation: "Ville de Lyon" },
      snooze_past_deadline: { days: 7, deadline: "2026-05-10" },
      csv_invalid: { count: 1 },
      erasure_sole_focal_point: { number: "EXPE-CT-2026-0001" },
      erasure_report_due: { reference: "M-2026-0001" },
      delegation_too_long: { days: 120, max: 92 },
      delegation_outside_scope: { role: "embassy", scope: "SN" },
      attachment_type_refused: { name: "decision.pdf", types: "pdf, png" },
      attachment_too_large: { name: "photo.jpg", size: 11 * 1024 * 1024, max: 10 * 1024 * 1024 },
      attachment_case_full: { name: "annexe.pdf", total: 24 * 1024 * 1024, max: 25 * 1024 * 1024 },
      attachment_too_many: { name: "annexe.pdf", max: 10 },
      attachment_unreadable: { name: "annexe.pdf" },
    };
    // invalid_input is a field error, worded under its field by the forms (src/workflow/validate.ts).
    for (const code of ERROR_CODES.filter((c) => c !== "invalid_input" && c !== "forbidden")) {
      for (const locale of LOCALES) expectWords(describeError(new DomainError(code, params[code] ?? {}), locale));
    }
    for (const entity of ["mission", "report", "application", "label", "person", "embassy", "organisation"]) {
      for (const locale of LOCALES) {
        expectWords(describeError(new DomainError("not_found", { entity, id: "cm0secret0id000000000000" }), locale));
      }
    }
  });

  it("words every problem of an imported CSV file, with its line and column", () => {
    const kinds: CsvProblemKind[] = [
      "duplicate_in_file",
      "already_known",
      "invalid_value",
      "required",
      "bad_date",
      "bad_choice",
      "too_long",
      "date_order",
    ];
    const problems = kinds.map((kind, i) => ({
      line: i + 2,
      column: "valid_from",
      kind,
      params: { number: "N-1", max: 50, choices: "pact2, pact3" },
    }));
    for (const locale of LOCALES) {
      const text = describeError(new CsvInvalidError(problems), locale).replaceAll("valid_from", "column");
      expectWords(text);
      expectWords(
        describeError(
          new CsvInvalidError([{ line: 1, column: "kind", kind: "missing_columns", params: { columns: "kind" } }]),
          locale,
        ),
      );
    }
  });

  it("names countries with their preposition, and never shows an unknown code", () => {
    expect(inCountry("MA", "fr")).toBe("au Maroc");
    expect(inCountry("TN", "fr")).toBe("en Tunisie");
    expect(inCountry("US", "fr")).toBe("aux États-Unis");
    expect(inCountry("HT", "fr")).toBe("à Haïti");
    expect(inCountry("IR", "fr")).toBe("en Iran");
    expect(inCountry("MX", "fr")).toBe("au Mexique");
    expect(inCountry("GB", "en")).toBe("in the United Kingdom");
    expect(inCountry("SN", "en")).toBe("in Senegal");
    expect(inCountry("ZZ", "fr")).toBe("dans ce pays");
    expect(inCountry("12", "en")).toBe("in that country");
  });
});
