import { canTransition, type TransitionTable } from "./lifecycle";
import { type MissionState, REPORT_OPEN_STATES } from "./mission";

export const REPORT_STATES = ["submitted", "returned", "validated"] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** R1: a report is created as handed in, for the body to review; the verbs below are the steps after that. */
export const NEW_REPORT_STATE: ReportState = "submitted";

export type ReportVerb = "resubmit" | "validate" | "return";

/**
 * R1: the labelled body validates its missionaries' report, or returns it with a comment saying what to change;
 * a returned report is handed in again and reviewed again. A validated report is final.
 */
export const REPORT_TRANSITIONS: TransitionTable<ReportState, ReportVerb> = {
  resubmit: { from: ["returned"], to: "submitted" },
  validate: { from: ["submitted"], to: "validated" },
  return: { from: ["submitted"], to: "returned", needsComment: true },
};

/**
 * R1/R3: a report can be written while the mission's report window is open (late ones included, R2) and
 * there is none yet, or the body returned it for changes.
 */
export function isReportWritable(missionStatus: string, reportStatus: string | null | undefined): boolean {
  return (
    REPORT_OPEN_STATES.includes(missionStatus as MissionState) &&
    (!reportStatus || canTransition(REPORT_TRANSITIONS, "resubmit", reportStatus as ReportState))
  );
}

/** R1: the labelled body validates or returns a report once it has been handed in. */
export function isReportReviewable(reportStatus: string | null | undefined): boolean {
  return Boolean(reportStatus) && canTransition(REPORT_TRANSITIONS, "validate", reportStatus as ReportState);
}
