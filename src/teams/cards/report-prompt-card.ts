import { LIMITS } from "../../domain/limits";
import { formatDate, type Locale } from "../../i18n";
import type { MissionDetails } from "../../workflow";
import { INPUT, VERB } from "../constants";
import { t } from "../words";
import {
  type Card,
  type CardNotice,
  card,
  execute,
  heading,
  noticeBlock,
  showCard,
  subtle,
  text,
  textInput,
} from "./card-kit";
import { tmd } from "./markdown";
import { missionSummaryFacts } from "./mission-sections";

export interface ReportPromptView {
  mission: MissionDetails;
  locale: Locale;
  /** The first request after the return, or a later reminder. */
  reminder: boolean;
  /** The reminder policy's snooze choices, in days. */
  snoozeDays: readonly number[];
  notice?: CardNotice;
}

/** R1: the prompt a missionary gets to write the report, with a way to put it off or ask for more time. */
export function reportPromptCard(view: ReportPromptView): Card {
  const { mission, locale } = view;
  const deadline = mission.reportDeadline ? formatDate(mission.reportDeadline, locale) : "";
  const data = { missionId: mission.id };
  const title = tmd(locale, "teams.report.prompt_title", { reference: mission.reference });
  return card(
    [
      heading(title),
      text(tmd(locale, view.reminder ? "teams.report.reminder" : "teams.report.requested", { deadline })),
      missionSummaryFacts(mission, locale),
      ...noticeBlock(view.notice),
      subtle(tmd(locale, "teams.report.snooze_intro")),
      {
        type: "ActionSet",
        actions: view.snoozeDays.map((days) =>
          execute(
            t(locale, "teams.report.snooze", { days }),
            VERB.reportSnooze,
            { ...data, days },
            {
              associatedInputs: "none",
            },
          ),
        ),
      },
    ],
    [
      execute(t(locale, "teams.report.write"), VERB.reportForm, data, { style: "positive", associatedInputs: "none" }),
      showCard(
        t(locale, "teams.report.extension"),
        [
          textInput(INPUT.extensionReason, t(locale, "teams.report.extension_reason"), {
            isMultiline: true,
            isRequired: true,
            maxLength: LIMITS.extensionReason,
            errorMessage: t(locale, "teams.report.extension_required"),
          }),
        ],
        [execute(t(locale, "teams.report.extension_send"), VERB.extensionRequest, data)],
      ),
    ],
    { fallbackText: title },
  );
}
