import { DomainError } from "../../domain/errors";
import { type MissionState, REPORT_OPEN_STATES } from "../../domain/mission";
import { isReportWritable } from "../../domain/report";
import type { RefusalParams } from "../../domain/roles";
import { missionDetailsFor } from "../../workflow";
import { tmd } from "../cards/markdown";
import { reportFormCard } from "../cards/report-form-card";
import { reportReviewCard } from "../cards/report-review-card";
import { NO, YES } from "../constants";
import { type CardActionHandler, missionIdOf } from "../turn";
import { word } from "../words";

const yesNo = (value: boolean) => (value ? YES : NO);

/**
 * Rédiger le rapport: the prompt becomes the report form. A returned report comes back prefilled to be
 * reworked; a report already handed in is shown as it stands instead.
 */
export const openReportForm: CardActionHandler = async ({ rt, sender, data }) => {
  const { mission, can } = await missionDetailsFor(rt.ctx, sender.actor, missionIdOf(data));
  if (!can.writeReport) {
    throw new DomainError("forbidden", { action: "report.submit", reason: "not_in_mission" } satisfies RefusalParams);
  }
  const report = mission.report;
  const open = REPORT_OPEN_STATES.includes(mission.status as MissionState);
  if (!isReportWritable(mission.status, report?.status)) {
    const state = word(sender.locale, `state.${mission.status}`, mission.status);
    const notice = open
      ? undefined
      : { tone: "info" as const, text: tmd(sender.locale, "teams.report.not_open", { state }) };
    return reportReviewCard({ mission, locale: sender.locale, canReview: can.reviewReport, notice });
  }
  const typed = report
    ? {
        objectAccount: report.objectAccount,
        complementaryAction: yesNo(report.complementaryAction),
        complementaryDetail: report.complementaryDetail ?? undefined,
        longTermCooperation: yesNo(report.longTermCooperation),
        cooperationDetail: report.cooperationDetail ?? undefined,
      }
    : undefined;
  return reportFormCard({ mission, locale: sender.locale, typed });
};
