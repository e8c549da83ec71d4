import { LIMITS } from "../../domain/limits";
import { LEG_KINDS, MAX_PEOPLE, MIN_PEOPLE, MISSION_NATURES } from "../../domain/mission";
import { countryLabel, type Locale } from "../../i18n";
import {
  actions,
  type Block,
  button,
  context,
  datePicker,
  divider,
  header,
  input,
  type ModalView,
  modal,
  option,
  section,
  staticSelect,
  textInput,
} from "../blocks";
import { ACTIONS, CALLBACKS, MAX_LEG_ROWS, MAX_MISSIONARY_ROWS } from "../constants";
import type { RowState } from "../form-state";
import type { MissionDraft, MissionEditing } from "../forms/mission-form";
import { mrkdwn, tm } from "../mrkdwn";
import { t } from "../words";

export interface MissionModalModel {
  draft: MissionDraft;
  form: RowState;
  embassies: readonly { countryCode: string; name: string }[];
  /** Set when DAECT edits an existing mission rather than opening one. */
  editing?: MissionEditing;
}

function legRow(locale: Locale, key: string, index: number, model: MissionModalModel): Block[] {
  const leg = model.draft.legs[key] ?? {};
  const at = (field: string) => `legs.${key}.${field}`;
  const people = Array.from({ length: MAX_PEOPLE - MIN_PEOPLE + 1 }, (_, i) => String(MIN_PEOPLE + i));
  return [
    section(
      mrkdwn`*${tm(locale, "slack.mission.leg", { n: index + 1 })}*`,
      model.form.rows.length > 1 ? button(t(locale, "slack.form.remove"), ACTIONS.removeLeg, key) : undefined,
    ),
    input(
      at("kind"),
      t(locale, "field.legs.kind"),
      staticSelect(
        "value",
        LEG_KINDS.map((k) => option(t(locale, `leg.${k}`), k)),
        { initial: leg.kind },
      ),
    ),
    input(at("startDate"), t(locale, "field.legs.startDate"), datePicker("value", leg.startDate)),
    input(at("endDate"), t(locale, "field.legs.endDate"), datePicker("value", leg.endDate)),
    input(
      at("peopleCount"),
      t(locale, "field.legs.peopleCount"),
      staticSelect(
        "value",
        people.map((n) => option(n, n)),
        { initial: leg.peopleCount },
      ),
    ),
    input(
      at("place"),
      t(locale, "field.legs.place"),
      textInput("value", { initial: leg.place, max: LIMITS.legPlace }),
      {
        optional: true,
      },
    ),
  ];
}

function missionaryRows(locale: Locale, model: MissionModalModel): Block[] {
  return Array.from({ length: MAX_MISSIONARY_ROWS }, (_, i) => {
    const m = model.draft.missionaries[i] ?? {};
    return [
      input(
        `missionaries.${i}.email`,
        t(locale, "slack.mission.missionaryEmail", { n: i + 1 }),
        textInput("value", { initial: m.email, max: LIMITS.email }),
        {
          optional: i > 0,
        },
      ),
      input(
        `missionaries.${i}.name`,
        t(locale, "slack.mission.missionaryName", { n: i + 1 }),
        textInput("value", { initial: m.name, max: LIMITS.personName }),
        {
          optional: true,
        },
      ),
    ];
  }).flat();
}

/**
 * M1/M3–M5: DAECT opens a mission, or edits one before departure (the same form, filled in); the labelled body is
 * searched among active labels as DAECT types.
 */
export function missionModal(locale: Locale, model: MissionModalModel): ModalView {
  const { draft, form, editing } = model;
  const countries = model.embassies.map((e) =>
    option(`${countryLabel(e.countryCode, locale)} · ${e.name}`, e.countryCode),
  );
  const blocks: Block[] = [
    ...(editing ? [context(tm(locale, "slack.edit.intro", { reference: editing.reference }))] : []),
    input("labelId", t(locale, "field.labelId"), {
      type: "external_select",
      action_id: ACTIONS.labelSearch,
      min_query_length: 0,
      placeholder: { type: "plain_text", text: t(locale, "slack.mission.labelPlaceholder") },
      ...(draft.label ? { initial_option: option(draft.label.text, draft.label.value) } : {}),
    }),
    input(
      "countryCode",
      t(locale, "field.countryCode"),
      staticSelect("value", countries, { initial: draft.countryCode }),
    ),
    input(
      "foreignPartner",
      t(locale, "field.foreignPartner"),
      textInput("value", { initial: draft.foreignPartner, max: LIMITS.foreignPartner }),
    ),
    input(
      "nature",
      t(locale, "field.nature"),
      staticSelect(
        "value",
        MISSION_NATURES.map((n) => option(t(locale, `nature.${n}`), n)),
        { initial: draft.nature },
      ),
    ),
    input(
      "natureDetail",
      t(locale, "field.natureDetail"),
      textInput("value", { initial: draft.natureDetail, multiline: true, max: LIMITS.natureDetail }),
      {
        optional: true,
      },
    ),
    divider(),
    header(t(locale, "slack.mission.course")),
    context(tm(locale, "slack.mission.courseHint")),
    ...form.rows.flatMap((key, i) => legRow(locale, key, i, model)),
  ];
  if (form.rows.length < MAX_LEG_ROWS) {
    blocks.push(actions([button(t(locale, "slack.mission.addLeg"), ACTIONS.addLeg, "add")], "legs.add"));
  }
  blocks.push(
    divider(),
    header(t(locale, "field.missionaries")),
    ...missionaryRows(locale, model),
    divider(),
    input(
      "expectedResult",
      t(locale, "field.expectedResult"),
      textInput("value", { initial: draft.expectedResult, multiline: true, max: LIMITS.expectedResult }),
    ),
    input(
      "followUp",
      t(locale, "field.followUp"),
      textInput("value", { initial: draft.followUp, multiline: true, max: LIMITS.followUp }),
      {
        optional: true,
      },
    ),
    input(
      "transportCostEuros",
      t(locale, "field.transportCostEuros"),
      {
        type: "number_input",
        action_id: "value",
        is_decimal_allowed: true,
        min_value: "0",
        ...(draft.transportCostEuros ? { initial_value: draft.transportCostEuros } : {}),
      },
      { hint: t(locale, "slack.mission.transportHint") },
    ),
    input(
      "stayCostBearer",
      t(locale, "field.stayCostBearer"),
      textInput("value", { initial: draft.stayCostBearer, max: LIMITS.stayCostBearer }),
      {
        optional: true,
        hint: t(locale, "slack.mission.stayHint"),
      },
    ),
  );
  return modal({
    callbackId: editing ? CALLBACKS.missionEdit : CALLBACKS.mission,
    title: t(locale, editing ? "slack.edit.title" : "slack.mission.title"),
    submit: t(locale, editing ? "slack.edit.submit" : "slack.form.submit"),
    close: t(locale, "slack.form.cancel"),
    blocks,
    privateMetadata: JSON.stringify({ ...form, ...editing }),
  });
}
