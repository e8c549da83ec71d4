import { type MissionState, REPORT_OPEN_STATES } from "./mission";

export const REPORT_STATES = ["submitted", "returned", "validated"] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/**
 * R1/R3: a report can be written while the mission's report window is open (late ones included, R2) and
 * there is none yet, or the body returned it for changes.
 */
export function isReportWritable(missionStatus: string, reportStatus: string | null | undefined): boolean {
  return REPORT_OPEN_STATES.includes(missionStatus as MissionState) && (!reportStatus || reportStatus === "returned");
}

/** R1: the labelled body validates or returns a report once it has been handed in. */
export function isReportReviewable(reportStatus: string | null | undefined): boolean {
  return reportStatus === "submitted";
}
