import type { TransitionTable } from "./lifecycle";
import { type ActorFacts, hasRole, isAllowed } from "./roles";

export const APPLICATION_STATES = [
  "submitted",
  "under_review",
  "changes_requested",
  "approved",
  "rejected",
  "withdrawn",
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export type ApplicationVerb = "recommend" | "approve" | "reject" | "request_changes" | "resubmit" | "withdraw";

/** L3: applications arrive at any time; the committee may recommend first or decide at once (L7). */
export const APPLICATION_TRANSITIONS: TransitionTable<ApplicationState, ApplicationVerb> = {
  // Each member gives an opinion: the first puts the file under review, the next ones keep it there.
  recommend: { from: ["submitted", "under_review"], to: "under_review" },
  approve: { from: ["submitted", "under_review"], to: "approved" },
  // L7: the result is notified; a negative one says why.
  reject: { from: ["submitted", "under_review"], to: "rejected", needsComment: true },
  // Before deciding, the committee may send the file back to the body with what to change; the body resubmits it.
  request_changes: { from: ["submitted", "under_review"], to: "changes_requested", needsComment: true },
  resubmit: { from: ["changes_requested"], to: "submitted" },
  withdraw: { from: ["submitted", "under_review", "changes_requested"], to: "withdrawn" },
};

export const PENDING_APPLICATION_STATES: readonly ApplicationState[] = [
  "submitted",
  "under_review",
  "changes_requested",
];

/** The fields of a file the committee reads, as compared between a file sent back and its resubmission. */
export const COMPARED_FIELDS = [
  "organisationKind",
  "basis",
  "competenceScope",
  "competences",
  "themes",
  "experts",
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** A file's comparable facts: themes in any order, experts as the committee reads them. */
export type ComparableFile = Record<ComparedField, unknown>;

function canonical(field: ComparedField, value: unknown): string {
  if (field === "themes" && Array.isArray(value)) return JSON.stringify([...value].sort());
  return JSON.stringify(value ?? null);
}

/** The fields a resubmission changed, in the form's order: what the committee is told to look at again. */
export function changedFields(before: ComparableFile, after: ComparableFile): ComparedField[] {
  return COMPARED_FIELDS.filter((f) => canonical(f, before[f]) !== canonical(f, after[f]));
}

/** What the rules below need to know of a body already in the register. */
export interface KnownBody {
  organisationId: string;
  /** The people who hold its focal point role now. */
  focalPointIds: readonly string[];
}

/**
 * Who may file an application in a body's name. A new body, or a known one without a focal point (every body
 * imported from the PACT 2/3 history), may be applied for by anyone: the committee sees that the body is known and
 * who filed. A body that has a focal point applies through that person, or DAECT files for it.
 */
export function mayFileFor(actor: ActorFacts, body: KnownBody | null): boolean {
  if (!body || body.focalPointIds.length === 0) return true;
  return isAllowed("application.submit", actor, { organisationId: body.organisationId });
}

/**
 * Who becomes the body's focal point when the committee approves its application, or null for nobody. Filing itself
 * never grants a role over a body: the role comes from DAECT, or from this approval, and only to the applicant of a
 * body that has no focal point. A focal point in place keeps the role alone; DAECT (or the operator at the command
 * line) filing on a body's behalf never becomes its focal point.
 */
export function focalPointOnApproval(applicant: ActorFacts, body: Pick<KnownBody, "focalPointIds">): string | null {
  if (body.focalPointIds.length > 0) return null;
  if (!applicant.personId || hasRole(applicant, "daect")) return null;
  return applicant.personId;
}

/** L1 */
export const ORGANISATION_KINDS = ["collectivite", "association"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** L2 */
export const EXPERTISE_BASES = ["cooperation", "own_territory"] as const;
/** L4 */
export const COMPETENCE_SCOPES = ["precise", "broad"] as const;
/** L5 */
export const EXPERT_CATEGORIES = [
  "elu",
  "agent",
  "hospital",
  "university",
  "water_agency",
  "cluster",
  "association",
  "other",
] as const;
export type ExpertCategory = (typeof EXPERT_CATEGORIES)[number];
