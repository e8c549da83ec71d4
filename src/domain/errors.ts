/**
 * Typed error codes of the programme. Surfaces map them to a modal field error, a card error or a DM
 * through src/i18n; the params fill the localised message.
 */
export const ERROR_CODES = [
  "invalid_input",
  "not_found",
  "forbidden",
  "wrong_state",
  "conflict",
  "already_decided",
  "mission_changed",
  "travellers_out_of_range",
  "missionaries_head_count",
  "leg_too_long",
  "legs_overlap",
  "date_in_past",
  "date_order",
  "label_not_active",
  "label_suspended",
  "label_revoked",
  "commitment_required",
  "pending_application_exists",
  "comment_required",
  "not_a_missionary",
  "deadline_passed",
  "snooze_past_deadline",
  "duplicate",
  "csv_invalid",
  "ties_undeclared",
  "conflict_of_interest",
  "ties_choice_required",
  "erasure_sole_focal_point",
  "erasure_report_due",
  "tie_stands",
  "delegation_self",
  "delegation_too_long",
  "delegation_outside_scope",
  "delegation_no_capacity",
  "reassign_outside_body",
  "attachment_type_refused",
  "attachment_too_large",
  "attachment_case_full",
  "attachment_too_many",
  "attachment_unreadable",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number | undefined>;

/** Per-field messages, already localised, for forms that show errors under each field. */
export type FieldErrors = Record<string, { fr: string; en: string }>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    /** The input field the error belongs to, so a form can show it under that field. */
    readonly field?: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ""}`);
    this.name = "DomainError";
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** What is wrong with one cell of an imported file, worded at the edge (refusal.csv.* in src/i18n). */
export type CsvProblemKind =
  | "missing_columns"
  | "duplicate_in_file"
  | "already_known"
  | "invalid_value"
  | "required"
  | "bad_date"
  | "bad_choice"
  | "too_long"
  | "date_order";

export interface CsvProblem {
  line: number;
  column: string;
  kind: CsvProblemKind;
  params?: ErrorParams;
}

/** An imported file refused as a whole: every problem, with its line and column, so all can be fixed at once. */
export class CsvInvalidError extends DomainError {
  constructor(readonly problems: readonly CsvProblem[]) {
    super("csv_invalid", { count: problems.length });
  }
}
