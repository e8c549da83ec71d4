export const REPORT_STATES = ["submitted", "returned", "validated"] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const REIMBURSEMENT_STATES = ["requested", "paid", "waived"] as const;
export type ReimbursementState = (typeof REIMBURSEMENT_STATES)[number];

export const EXTENSION_STATES = ["pending", "granted", "refused"] as const;
