import type { ApplicationInput } from "../../workflow";
import { choiceOf, choicesOf, type RowState, type StateValues, textOf } from "../form-state";

export interface ExpertDraft {
  name?: string;
  email?: string;
  function?: string;
  qualifications?: string;
  category?: string;
}

/** What the application modal holds, typed or not yet, to draw it again when a row is added or removed. */
export interface ApplicationDraft {
  organisationName?: string;
  organisationKind?: string;
  basis?: string;
  competenceScope?: string;
  competences?: string;
  themes: string[];
  note?: string;
  commitmentAccepted: boolean;
  experts: Record<string, ExpertDraft>;
}

export const emptyApplication = (): ApplicationDraft => ({ themes: [], commitmentAccepted: false, experts: {} });

export function readApplicationDraft(values: StateValues, form: RowState): ApplicationDraft {
  const experts: Record<string, ExpertDraft> = {};
  for (const key of form.rows) {
    const at = (field: string) => `experts.${key}.${field}`;
    experts[key] = {
      name: textOf(values, at("name")),
      email: textOf(values, at("email")),
      function: textOf(values, at("function")),
      qualifications: textOf(values, at("qualifications")),
      category: choiceOf(values, at("category")),
    };
  }
  return {
    organisationName: textOf(values, "organisationName"),
    organisationKind: choiceOf(values, "organisationKind"),
    basis: choiceOf(values, "basis"),
    competenceScope: choiceOf(values, "competenceScope"),
    competences: textOf(values, "competences"),
    themes: choicesOf(values, "themes"),
    note: textOf(values, "note"),
    commitmentAccepted: choicesOf(values, "commitmentAccepted").includes("accepted"),
    experts,
  };
}

/** The verb's input, rows in their order; the verb's schema decides what is wrong with it. */
export function toApplicationInput(draft: ApplicationDraft, form: RowState): ApplicationInput {
  const { experts, ...rest } = draft;
  return {
    ...rest,
    experts: form.rows.map((key) => experts[key] ?? {}),
  } as ApplicationInput;
}
