import { COMPETENCE_SCOPES, EXPERT_CATEGORIES, EXPERTISE_BASES, ORGANISATION_KINDS } from "../../domain/application";
import { LIMITS } from "../../domain/limits";
import { MAX_THEMES_PER_APPLICATION, THEME_KEYS, THEMES } from "../../domain/themes";
import type { Locale } from "../../i18n";
import {
  actions,
  type Block,
  button,
  clip,
  context,
  divider,
  header,
  input,
  type ModalView,
  modal,
  option,
  radios,
  section,
  staticSelect,
  textInput,
} from "../blocks";
import { ACTIONS, CALLBACKS, MAX_EXPERT_ROWS } from "../constants";
import type { ApplicationDraft, ApplicationForm } from "../forms/application-form";
import { mrkdwn, tm } from "../mrkdwn";
import { t } from "../words";
import { attachmentInput } from "./attachment-blocks";

function expertRow(locale: Locale, key: string, index: number, draft: ApplicationDraft, removable: boolean): Block[] {
  const expert = draft.experts[key] ?? {};
  const at = (field: string) => `experts.${key}.${field}`;
  const categories = EXPERT_CATEGORIES.map((c) => option(t(locale, `category.${c}`), c));
  return [
    section(
      mrkdwn`*${tm(locale, "slack.application.expert", { n: index + 1 })}*`,
      removable ? button(t(locale, "slack.form.remove"), ACTIONS.removeExpert, key) : undefined,
    ),
    input(
      at("name"),
      t(locale, "field.experts.name"),
      textInput("value", { initial: expert.name, max: LIMITS.personName }),
    ),
    input(
      at("function"),
      t(locale, "field.experts.function"),
      textInput("value", { initial: expert.function, max: LIMITS.expertFunction }),
    ),
    input(
      at("qualifications"),
      t(locale, "field.experts.qualifications"),
      textInput("value", { initial: expert.qualifications, max: LIMITS.expertQualifications, multiline: true }),
    ),
    input(
      at("category"),
      t(locale, "field.experts.category"),
      staticSelect("value", categories, { initial: expert.category }),
    ),
    input(
      at("email"),
      t(locale, "field.experts.email"),
      textInput("value", { initial: expert.email, max: LIMITS.email }),
      {
        optional: true,
      },
    ),
  ];
}

/** L1–L6: the label application, with its experts as rows the person adds and removes inside the modal. */
export function applicationModal(
  locale: Locale,
  draft: ApplicationDraft,
  form: ApplicationForm,
  committeeComment?: string,
): ModalView {
  const themeOptions = THEME_KEYS.map((k) => option(THEMES[k][locale], k));
  const selectedThemes = THEME_KEYS.filter((k) => draft.themes.includes(k)).map((k) => option(THEMES[k][locale], k));
  const commitment = option(t(locale, "slack.application.commitment"), "accepted");
  const blocks: Block[] = [
    ...(form.renewalOfNumber
      ? [section(tm(locale, "slack.application.renewalOf", { number: form.renewalOfNumber }))]
      : []),
    context(tm(locale, "slack.application.intro")),
    ...(committeeComment
      ? [section(mrkdwn`${tm(locale, "slack.application.changesRequested")}\n> ${clip(committeeComment, 1500)}`)]
      : []),
    input(
      "organisationName",
      t(locale, "field.organisationName"),
      textInput("value", { initial: draft.organisationName, max: LIMITS.organisationName }),
    ),
    input(
      "organisationKind",
      t(locale, "field.organisationKind"),
      radios(
        "value",
        ORGANISATION_KINDS.map((k) => option(t(locale, `kind.${k}`), k)),
        draft.organisationKind,
      ),
    ),
    input(
      "basis",
      t(locale, "field.basis"),
      radios(
        "value",
        EXPERTISE_BASES.map((b) => option(t(locale, `slack.basis.${b}`), b)),
        draft.basis,
      ),
    ),
    input(
      "competenceScope",
      t(locale, "field.competenceScope"),
      radios(
        "value",
        COMPETENCE_SCOPES.map((s) => option(t(locale, `slack.scope.${s}`), s)),
        draft.competenceScope,
      ),
    ),
    input(
      "competences",
      t(locale, "field.competences"),
      textInput("value", { initial: draft.competences, multiline: true, max: LIMITS.competences }),
      { hint: t(locale, "slack.application.competencesHint") },
    ),
    input("themes", t(locale, "field.themes"), {
      type: "multi_static_select",
      action_id: "value",
      options: themeOptions,
      max_selected_items: MAX_THEMES_PER_APPLICATION,
      ...(selectedThemes.length ? { initial_options: selectedThemes } : {}),
    }),
    divider(),
    header(t(locale, "field.experts")),
    ...form.rows.flatMap((key, i) => expertRow(locale, key, i, draft, form.rows.length > 1)),
  ];
  if (form.rows.length < MAX_EXPERT_ROWS) {
    blocks.push(actions([button(t(locale, "slack.application.addExpert"), ACTIONS.addExpert, "add")], "experts.add"));
  }
  blocks.push(
    divider(),
    input(
      "note",
      t(locale, "slack.application.note"),
      textInput("value", { initial: draft.note, multiline: true, max: LIMITS.applicationNote }),
      {
        optional: true,
      },
    ),
    attachmentInput(locale, "application"),
    input("commitmentAccepted", t(locale, "field.commitmentAccepted"), {
      type: "checkboxes",
      action_id: "value",
      options: [commitment],
      ...(draft.commitmentAccepted ? { initial_options: [commitment] } : {}),
    }),
  );
  return modal({
    callbackId: CALLBACKS.application,
    title: t(locale, "slack.application.title"),
    submit: t(locale, "slack.form.submit"),
    close: t(locale, "slack.form.cancel"),
    blocks,
    privateMetadata: JSON.stringify(form),
  });
}
