import { COMPETENCE_SCOPES, EXPERT_CATEGORIES, EXPERTISE_BASES, ORGANISATION_KINDS } from "../../domain/application";
import { LIMITS } from "../../domain/limits";
import { MAX_THEMES_PER_APPLICATION, THEME_KEYS, THEMES } from "../../domain/themes";
import { type Locale, t } from "../../i18n";
import {
  actions,
  type Block,
  button,
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
import type { RowState } from "../form-state";
import type { ApplicationDraft } from "../forms/application-form";
import { mrkdwn, tm } from "../mrkdwn";

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
      t(locale, "slack.application.expertName"),
      textInput("value", { initial: expert.name, max: LIMITS.personName }),
    ),
    input(
      at("function"),
      t(locale, "slack.application.expertFunction"),
      textInput("value", { initial: expert.function, max: LIMITS.expertFunction }),
    ),
    input(
      at("qualifications"),
      t(locale, "slack.application.expertQualifications"),
      textInput("value", { initial: expert.qualifications, max: LIMITS.expertQualifications, multiline: true }),
    ),
    input(
      at("category"),
      t(locale, "slack.application.expertCategory"),
      staticSelect("value", categories, { initial: expert.category }),
    ),
    input(
      at("email"),
      t(locale, "slack.application.expertEmail"),
      textInput("value", { initial: expert.email, max: LIMITS.email }),
      {
        optional: true,
      },
    ),
  ];
}

/** L1–L6: the label application, with its experts as rows the person adds and removes inside the modal. */
export function applicationModal(locale: Locale, draft: ApplicationDraft, form: RowState): ModalView {
  const themeOptions = THEME_KEYS.map((k) => option(THEMES[k][locale], k));
  const selectedThemes = THEME_KEYS.filter((k) => draft.themes.includes(k)).map((k) => option(THEMES[k][locale], k));
  const commitment = option(t(locale, "slack.application.commitment"), "accepted");
  const blocks: Block[] = [
    context(tm(locale, "slack.application.intro")),
    input(
      "organisationName",
      t(locale, "slack.application.organisation"),
      textInput("value", { initial: draft.organisationName, max: LIMITS.organisationName }),
    ),
    input(
      "organisationKind",
      t(locale, "slack.application.kind"),
      radios(
        "value",
        ORGANISATION_KINDS.map((k) => option(t(locale, `kind.${k}`), k)),
        draft.organisationKind,
      ),
    ),
    input(
      "basis",
      t(locale, "slack.application.basis"),
      radios(
        "value",
        EXPERTISE_BASES.map((b) => option(t(locale, `slack.basis.${b}`), b)),
        draft.basis,
      ),
    ),
    input(
      "competenceScope",
      t(locale, "slack.application.scope"),
      radios(
        "value",
        COMPETENCE_SCOPES.map((s) => option(t(locale, `slack.scope.${s}`), s)),
        draft.competenceScope,
      ),
    ),
    input(
      "competences",
      t(locale, "slack.application.competences"),
      textInput("value", { initial: draft.competences, multiline: true, max: LIMITS.competences }),
      { hint: t(locale, "slack.application.competencesHint") },
    ),
    input("themes", t(locale, "slack.application.themes"), {
      type: "multi_static_select",
      action_id: "value",
      options: themeOptions,
      max_selected_items: MAX_THEMES_PER_APPLICATION,
      ...(selectedThemes.length ? { initial_options: selectedThemes } : {}),
    }),
    divider(),
    header(t(locale, "slack.application.experts")),
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
    input("commitmentAccepted", t(locale, "slack.application.commitmentLabel"), {
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
