import { LIMITS } from "../../domain/limits";
import { countryLabel, formatDate, type Locale } from "../../i18n";
import { type Block, context, input, type ModalView, modal, option, radios, staticSelect, textInput } from "../blocks";
import { CALLBACKS } from "../constants";
import { escapeMrkdwn } from "../mrkdwn";
import { t } from "../words";
import { attachmentInput } from "./attachment-blocks";

export interface ReportChoice {
  missionId: string;
  reference: string;
  organisation: string;
  countryCode: string;
  reportDeadline: string | null;
}

function yesNo(locale: Locale) {
  return [option(t(locale, "slack.yes"), "yes"), option(t(locale, "slack.no"), "no")];
}

/**
 * R3: the mission's object, a possible complementary action, a possible longer cooperation. With one mission the
 * form is for it; with several the person picks the mission first.
 */
export function reportModal(locale: Locale, missions: readonly ReportChoice[]): ModalView {
  const [only] = missions;
  const describe = (m: ReportChoice) =>
    `${m.reference} · ${countryLabel(m.countryCode, locale)} · ${m.organisation}${m.reportDeadline ? ` (${t(locale, "slack.report.due", { date: formatDate(m.reportDeadline, locale) })})` : ""}`;
  const blocks: Block[] =
    missions.length === 1 && only
      ? [context(escapeMrkdwn(describe(only)))]
      : [
          input(
            "missionId",
            t(locale, "field.missionId"),
            staticSelect(
              "value",
              missions.map((m) => option(describe(m), m.missionId)),
            ),
          ),
        ];
  blocks.push(
    input(
      "objectAccount",
      t(locale, "field.objectAccount"),
      textInput("value", { multiline: true, max: LIMITS.objectAccount }),
      {
        hint: t(locale, "slack.report.objectHint"),
      },
    ),
    input("complementaryAction", t(locale, "field.complementaryAction"), radios("value", yesNo(locale))),
    input(
      "complementaryDetail",
      t(locale, "field.complementaryDetail"),
      textInput("value", { multiline: true, max: LIMITS.complementaryDetail }),
      {
        optional: true,
      },
    ),
    input("longTermCooperation", t(locale, "field.longTermCooperation"), radios("value", yesNo(locale))),
    input(
      "cooperationDetail",
      t(locale, "field.cooperationDetail"),
      textInput("value", { multiline: true, max: LIMITS.cooperationDetail }),
      {
        optional: true,
      },
    ),
    attachmentInput(locale, "report"),
  );
  return modal({
    callbackId: CALLBACKS.report,
    title: t(locale, "slack.report.title"),
    submit: t(locale, "slack.form.submit"),
    close: t(locale, "slack.form.cancel"),
    blocks,
    privateMetadata: JSON.stringify(missions.length === 1 && only ? { missionId: only.missionId } : {}),
  });
}
