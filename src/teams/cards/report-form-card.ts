import { LIMITS } from "../../domain/limits";
import type { Locale } from "../../i18n";
import type { MissionDetails } from "../../workflow";
import { INPUT, VERB } from "../constants";
import { t } from "../words";
import { type Card, type CardNotice, card, execute, heading, noticeBlock, textInput, yesNo } from "./card-kit";
import { tmd } from "./markdown";
import { missionSummaryFacts } from "./mission-sections";

/** The report form's values as the card sends them back (strings; yes/no as the choice values). */
export interface TypedReport {
  objectAccount?: string;
  complementaryAction?: string;
  complementaryDetail?: string;
  longTermCooperation?: string;
  cooperationDetail?: string;
}

export interface ReportFormView {
  mission: MissionDetails;
  locale: Locale;
  /** Prefilled: what was typed before an error, or the returned report to rework. */
  typed?: TypedReport;
  notice?: CardNotice;
}

const value = (v: string | undefined) => (v ? { value: v } : {});

/** R3: the report as a card form: the mission's object, a complementary action, longer-term cooperation. */
export function reportFormCard(view: ReportFormView): Card {
  const { mission, locale, typed = {} } = view;
  const yes = t(locale, "teams.yes");
  const no = t(locale, "teams.no");
  const title = tmd(locale, "teams.report.form_title", { reference: mission.reference });
  return card(
    [
      heading(title),
      missionSummaryFacts(mission, locale),
      ...noticeBlock(view.notice),
      textInput(INPUT.objectAccount, t(locale, "field.objectAccount"), {
        isMultiline: true,
        isRequired: true,
        maxLength: LIMITS.objectAccount,
        errorMessage: t(locale, "teams.report.object_required"),
        ...value(typed.objectAccount),
      }),
      yesNo(
        INPUT.complementaryAction,
        t(locale, "field.complementaryAction"),
        yes,
        no,
        typed.complementaryAction,
        t(locale, "teams.report.answer_required"),
      ),
      textInput(INPUT.complementaryDetail, t(locale, "field.complementaryDetail"), {
        isMultiline: true,
        maxLength: LIMITS.complementaryDetail,
        ...value(typed.complementaryDetail),
      }),
      yesNo(
        INPUT.longTermCooperation,
        t(locale, "field.longTermCooperation"),
        yes,
        no,
        typed.longTermCooperation,
        t(locale, "teams.report.answer_required"),
      ),
      textInput(INPUT.cooperationDetail, t(locale, "field.cooperationDetail"), {
        isMultiline: true,
        maxLength: LIMITS.cooperationDetail,
        ...value(typed.cooperationDetail),
      }),
    ],
    [execute(t(locale, "teams.report.submit"), VERB.reportSubmit, { missionId: mission.id }, { style: "positive" })],
    { fallbackText: title },
  );
}
