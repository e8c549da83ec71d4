import type { IChoiceSetInput, IContainer, IToggleInput } from "@microsoft/teams.cards";
import { COMPETENCE_SCOPES, EXPERT_CATEGORIES, EXPERTISE_BASES, ORGANISATION_KINDS } from "../../domain/application";
import { LIMITS } from "../../domain/limits";
import { MAX_THEMES_PER_APPLICATION, THEME_KEYS, THEMES } from "../../domain/themes";
import type { Locale } from "../../i18n";
import { EXPERT_ROWS, EXPERT_ROWS_SHOWN, type ExpertField, expertInput, INPUT, MORE_EXPERTS, VERB } from "../constants";
import { t } from "../words";
import {
  type Card,
  type CardNotice,
  card,
  type Element,
  execute,
  heading,
  noticeBlock,
  subtle,
  text,
  textInput,
} from "./card-kit";
import { tmd } from "./markdown";

/** The application card's values as Teams sends them back: strings, themes comma-separated, expert rows by position. */
export interface TypedApplication {
  organisationName?: string;
  organisationKind?: string;
  basis?: string;
  competenceScope?: string;
  competences?: string;
  themes?: string;
  note?: string;
  commitmentAccepted?: string;
  experts: Partial<Record<ExpertField, string>>[];
  /** The label this application renews, carried in the submit action's data (no one types it). */
  renewalOfLabelId?: string;
  renewalOfNumber?: string;
}

/** A file to fill the card in from (a renewal's previous file, a file sent back for changes), as its inputs hold it. */
export function typedApplicationFrom(file: {
  organisationName: string;
  organisationKind: string;
  basis?: string;
  competenceScope?: string;
  competences: string;
  themes: readonly string[];
  experts: readonly { name: string; email?: string; function: string; qualifications: string; category: string }[];
}): TypedApplication {
  return {
    organisationName: file.organisationName,
    organisationKind: file.organisationKind,
    basis: file.basis,
    competenceScope: file.competenceScope,
    competences: file.competences,
    themes: file.themes.join(","),
    experts: file.experts.map((e) => ({
      name: e.name,
      function: e.function,
      qualifications: e.qualifications,
      category: e.category,
      email: e.email,
    })),
  };
}

export interface ApplicationFormView {
  locale: Locale;
  /** What was typed before an error, to draw the card again as it was. */
  typed?: TypedApplication;
  notice?: CardNotice;
  /** A file the committee sent back for changes: the card resubmits it rather than filing a new one. */
  applicationId?: string;
  /** What the committee asked to change, shown above the pre-filled form. */
  committeeComment?: string;
}

/** The toggle's values: what the card sends when the commitment is ticked or not. */
export const COMMITMENT_ON = "true";
const COMMITMENT_OFF = "false";

const value = (v: string | undefined) => (v ? { value: v } : {});
const requiredIn = (locale: Locale) => ({ isRequired: true, errorMessage: t(locale, "teams.form.required") });

function choices(
  id: string,
  label: string,
  options: readonly (readonly [string, string])[],
  typed: string | undefined,
  extra: Partial<IChoiceSetInput> = {},
): IChoiceSetInput {
  return {
    type: "Input.ChoiceSet",
    id,
    label,
    choices: options.map(([title, v]) => ({ title, value: v })),
    ...value(typed),
    ...extra,
  };
}

function expertRow(locale: Locale, row: number, typed: Partial<Record<ExpertField, string>>): Element[] {
  // The first row is required on the card; the others only when filled in (the core checks them again).
  const required = row === 0 ? requiredIn(locale) : {};
  const categories = EXPERT_CATEGORIES.map((c) => [t(locale, `category.${c}`), c] as const);
  return [
    subtle(tmd(locale, "field.experts.row", { position: row + 1 })),
    textInput(expertInput(row, "name"), t(locale, "field.experts.name"), {
      maxLength: LIMITS.personName,
      ...required,
      ...value(typed.name),
    }),
    textInput(expertInput(row, "function"), t(locale, "field.experts.function"), {
      maxLength: LIMITS.expertFunction,
      ...required,
      ...value(typed.function),
    }),
    textInput(expertInput(row, "qualifications"), t(locale, "field.experts.qualifications"), {
      maxLength: LIMITS.expertQualifications,
      isMultiline: true,
      ...required,
      ...value(typed.qualifications),
    }),
    choices(expertInput(row, "category"), t(locale, "field.experts.category"), categories, typed.category, {
      style: "compact",
      ...required,
    }),
    textInput(expertInput(row, "email"), t(locale, "field.experts.email"), {
      maxLength: LIMITS.email,
      style: "Email",
      ...value(typed.email),
    }),
  ];
}

function expertRows(locale: Locale, typed: TypedApplication): Element[] {
  const rows = Array.from({ length: EXPERT_ROWS }, (_, row) => expertRow(locale, row, typed.experts[row] ?? {}));
  const folded = rows.slice(EXPERT_ROWS_SHOWN);
  // Unfolded already when a folded row holds something: the card comes back with an error as it was typed.
  const unfolded = typed.experts.slice(EXPERT_ROWS_SHOWN).some((e) => Object.values(e).some(Boolean));
  const more: IContainer = { type: "Container", id: MORE_EXPERTS, isVisible: unfolded, items: folded.flat() };
  return [
    heading(tmd(locale, "field.experts")),
    ...rows.slice(0, EXPERT_ROWS_SHOWN).flat(),
    more,
    {
      type: "ActionSet",
      actions: [
        {
          type: "Action.ToggleVisibility",
          title: t(locale, "teams.application.more_experts"),
          targetElements: [MORE_EXPERTS],
        },
      ],
    },
  ];
}

function renewalData(typed: TypedApplication): Record<string, string> {
  if (!typed.renewalOfLabelId) return {};
  return { renewalOfLabelId: typed.renewalOfLabelId, renewalOfNumber: typed.renewalOfNumber ?? "" };
}

/** L1–L6: the label application as a card form, with the same fields and limits as the Slack modal. */
export function applicationFormCard(view: ApplicationFormView): Card {
  const { locale, typed = { experts: [] } } = view;
  const title = tmd(locale, "teams.application.title");
  const required = requiredIn(locale);
  const commitment: IToggleInput = {
    type: "Input.Toggle",
    id: INPUT.commitmentAccepted,
    label: t(locale, "field.commitmentAccepted"),
    title: t(locale, "teams.application.commitment"),
    valueOn: COMMITMENT_ON,
    valueOff: COMMITMENT_OFF,
    isRequired: true,
    errorMessage: t(locale, "teams.application.commitment_required"),
    ...value(typed.commitmentAccepted),
  };
  return card(
    [
      heading(title),
      ...(typed.renewalOfNumber
        ? [text(tmd(locale, "teams.application.renewal_of", { number: typed.renewalOfNumber }))]
        : []),
      subtle(tmd(locale, "teams.application.intro")),
      ...(view.committeeComment
        ? [text(tmd(locale, "teams.application.changes_requested", { comment: view.committeeComment }))]
        : []),
      ...noticeBlock(view.notice),
      textInput(INPUT.organisationName, t(locale, "field.organisationName"), {
        maxLength: LIMITS.organisationName,
        ...required,
        ...value(typed.organisationName),
      }),
      choices(
        INPUT.organisationKind,
        t(locale, "field.organisationKind"),
        ORGANISATION_KINDS.map((k) => [t(locale, `kind.${k}`), k] as const),
        typed.organisationKind,
        { style: "expanded", ...required },
      ),
      choices(
        INPUT.basis,
        t(locale, "field.basis"),
        EXPERTISE_BASES.map((b) => [t(locale, `teams.application.basis.${b}`), b] as const),
        typed.basis,
        { style: "expanded", ...required },
      ),
      choices(
        INPUT.competenceScope,
        t(locale, "field.competenceScope"),
        COMPETENCE_SCOPES.map((s) => [t(locale, `teams.application.scope.${s}`), s] as const),
        typed.competenceScope,
        { style: "expanded", ...required },
      ),
      textInput(INPUT.competences, t(locale, "field.competences"), {
        isMultiline: true,
        maxLength: LIMITS.competences,
        placeholder: t(locale, "teams.application.competences_hint"),
        ...required,
        ...value(typed.competences),
      }),
      choices(
        INPUT.themes,
        t(locale, "field.themes"),
        THEME_KEYS.map((k) => [THEMES[k][locale], k] as const),
        typed.themes,
        { isMultiSelect: true, style: "compact", ...required },
      ),
      subtle(tmd(locale, "teams.application.themes_hint", { max: MAX_THEMES_PER_APPLICATION })),
      ...expertRows(locale, typed),
      textInput(INPUT.note, t(locale, "field.note"), {
        isMultiline: true,
        maxLength: LIMITS.applicationNote,
        ...value(typed.note),
      }),
      commitment,
    ],
    [
      execute(
        t(locale, view.applicationId ? "teams.application.resubmit" : "teams.application.submit"),
        VERB.applicationSubmit,
        { ...renewalData(typed), ...(view.applicationId ? { applicationId: view.applicationId } : {}) },
        { style: "positive" },
      ),
    ],
    { fallbackText: title },
  );
}
