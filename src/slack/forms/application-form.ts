import type { ApplicationInput, RenewalDraft } from "../../workflow";
import { MAX_EXPERT_ROWS } from "../constants";
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

/** The application modal's rows, and the label it renews when opened from "Renouveler". */
export interface ApplicationForm extends RowState {
  renewalOfLabelId?: string;
  renewalOfNumber?: string;
  /** The file the committee sent back, resubmitted by this form. */
  applicationId?: string;
}

/**
 * A renewal opens the form filled in from the previous file, one expert row per expert (as many as the modal
 * holds); the commitment (L6) is given again, never carried over.
 */
export function renewalApplication(renewal: RenewalDraft): { draft: ApplicationDraft; form: ApplicationForm } {
  const experts = renewal.experts.slice(0, MAX_EXPERT_ROWS);
  const rows = experts.length ? experts.map((_, i) => `r${i}`) : ["r0"];
  const draft: ApplicationDraft = {
    organisationName: renewal.organisationName,
    organisationKind: renewal.organisationKind,
    basis: renewal.basis,
    competenceScope: renewal.competenceScope,
    competences: renewal.competences,
    themes: renewal.themes,
    commitmentAccepted: false,
    experts: Object.fromEntries(experts.map((e, i) => [`r${i}`, e])),
  };
  const form = { rows, next: rows.length, renewalOfLabelId: renewal.labelId, renewalOfNumber: renewal.number };
  return { draft, form };
}

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
export function toApplicationInput(draft: ApplicationDraft, form: ApplicationForm): ApplicationInput {
  const { experts, ...rest } = draft;
  return {
    ...rest,
    experts: form.rows.map((key) => experts[key] ?? {}),
    ...(form.renewalOfLabelId ? { renewalOfLabelId: form.renewalOfLabelId } : {}),
  } as ApplicationInput;
}
