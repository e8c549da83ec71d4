import { isDomainError } from "../../domain/errors";
import { describeError } from "../../i18n";
import { missionDetailsFor, submitReport } from "../../workflow";
import { escapeMarkdown } from "../cards/markdown";
import type { TypedReport } from "../cards/report-form-card";
import { reportFormCard } from "../cards/report-form-card";
import { reportReviewCard } from "../cards/report-review-card";
import { INPUT, NO, YES } from "../constants";
import { type CardActionHandler, field, missionIdOf } from "../turn";

/** A yes/no choice as the core wants it; anything else is left for the core to reject. */
function choice(value: string | undefined): boolean | undefined {
  if (value === YES) return true;
  if (value === NO) return false;
  return undefined;
}

/** R3 from the card form, through the same core verb as Slack; an error brings the form back as typed. */
export const submitReportFromCard: CardActionHandler = async ({ rt, sender, data }) => {
  const missionId = missionIdOf(data);
  const typed: TypedReport = {
    objectAccount: field(data, INPUT.objectAccount),
    complementaryAction: field(data, INPUT.complementaryAction),
    complementaryDetail: field(data, INPUT.complementaryDetail),
    longTermCooperation: field(data, INPUT.longTermCooperation),
    cooperationDetail: field(data, INPUT.cooperationDetail),
  };
  try {
    await submitReport(rt.ctx, sender.actor, {
      missionId,
      objectAccount: typed.objectAccount ?? "",
      complementaryAction: choice(typed.complementaryAction) as boolean,
      complementaryDetail: typed.complementaryDetail,
      longTermCooperation: choice(typed.longTermCooperation) as boolean,
      cooperationDetail: typed.cooperationDetail,
    });
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const { mission } = await missionDetailsFor(rt.ctx, sender.actor, missionId);
    const notice = { tone: "error" as const, text: escapeMarkdown(describeError(error, sender.locale)) };
    return reportFormCard({ mission, locale: sender.locale, typed, notice });
  }
  const { mission, can } = await missionDetailsFor(rt.ctx, sender.actor, missionId);
  return reportReviewCard({ mission, locale: sender.locale, canReview: can.reviewReport });
};
