import type { TransitionTable } from "./lifecycle";

export const APPLICATION_STATES = ["submitted", "under_review", "approved", "rejected", "withdrawn"] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export type ApplicationVerb = "recommend" | "approve" | "reject" | "withdraw";

/** L3: applications arrive at any time; the committee may recommend first or decide at once (L7). */
export const APPLICATION_TRANSITIONS: TransitionTable<ApplicationState, ApplicationVerb> = {
  recommend: { from: ["submitted"], to: "under_review" },
  approve: { from: ["submitted", "under_review"], to: "approved" },
  // L7: the result is notified; a negative one says why.
  reject: { from: ["submitted", "under_review"], to: "rejected", needsComment: true },
  withdraw: { from: ["submitted", "under_review"], to: "withdrawn" },
};

export const PENDING_APPLICATION_STATES: readonly ApplicationState[] = ["submitted", "under_review"];

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
