import type { TransitionTable } from "./lifecycle";

/** R2: DAECT creates a request for the costs when no report came; it is then settled once. */
export const REIMBURSEMENT_STATES = ["requested", "paid", "waived"] as const;
export type ReimbursementState = (typeof REIMBURSEMENT_STATES)[number];

export type ReimbursementVerb = "pay" | "waive";

/** DAECT records that the body paid back, or waives the request (typically after a late report). */
export const REIMBURSEMENT_TRANSITIONS: TransitionTable<ReimbursementState, ReimbursementVerb> = {
  pay: { from: ["requested"], to: "paid" },
  waive: { from: ["requested"], to: "waived" },
};
