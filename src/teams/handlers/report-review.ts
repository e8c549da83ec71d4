import { isDomainError } from "../../domain/errors";
import { describeError } from "../../i18n";
import { missionDetailsFor, reviewReport } from "../../workflow";
import { reportFilesFor } from "../attachment-links";
import type { CardNotice } from "../cards/card-kit";
import { escapeMarkdown } from "../cards/markdown";
import { reportReviewCard } from "../cards/report-review-card";
import { INPUT } from "../constants";
import { type CardActionHandler, field, missionIdOf } from "../turn";

/** R1: the body's focal point validates the report, or returns it with what to change. */
export function reviewReportFromCard(decision: "validate" | "return"): CardActionHandler {
  return async ({ rt, sender, data }) => {
    const missionId = missionIdOf(data);
    let notice: CardNotice | undefined;
    try {
      await reviewReport(rt.ctx, sender.actor, { missionId, decision, comment: field(data, INPUT.reviewComment) });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      notice = { tone: "error", text: escapeMarkdown(describeError(error, sender.locale)) };
    }
    const { mission, can } = await missionDetailsFor(rt.ctx, sender.actor, missionId);
    const files = await reportFilesFor(rt, sender, missionId);
    return reportReviewCard({ mission, locale: sender.locale, canReview: can.reviewReport, notice, files });
  };
}
