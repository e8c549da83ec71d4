import { DomainError } from "./errors";

/**
 * Conflicts of interest in the selection committee (L7): a member declares the bodies they are tied to, or that
 * they have none, before judging any application; a member tied to the body of an application abstains on it.
 */

/** What a member declared: nothing yet, or the bodies (possibly none) they are tied to. */
export interface DeclaredTies {
  declared: boolean;
  organisationIds: readonly string[];
}

export type CommitteeStanding = "undeclared" | "tied" | "free";

export function committeeStanding(ties: DeclaredTies, organisationId: string): CommitteeStanding {
  if (!ties.declared) return "undeclared";
  return ties.organisationIds.includes(organisationId) ? "tied" : "free";
}

/**
 * The rule every committee step on an application goes through (recommend, decide, ask for changes): refused to a
 * member who has not declared their ties, and to a member tied to the body, whose abstention is then recorded.
 */
export function assertMayJudge(ties: DeclaredTies, organisationId: string, organisation: string): void {
  const standing = committeeStanding(ties, organisationId);
  if (standing === "undeclared") throw new DomainError("ties_undeclared");
  if (standing === "tied") throw new DomainError("conflict_of_interest", { organisation });
}

export const OPINIONS = ["favourable", "unfavourable", "abstention"] as const;
export type Opinion = (typeof OPINIONS)[number];

export type OpinionCounts = Record<Opinion, number>;

/** The committee's opinions on an application, counted: "2 favourable, 1 abstention". */
export function countOpinions(opinions: readonly { opinion: string }[]): OpinionCounts {
  const counts: OpinionCounts = { favourable: 0, unfavourable: 0, abstention: 0 };
  for (const { opinion } of opinions) {
    if ((OPINIONS as readonly string[]).includes(opinion)) counts[opinion as Opinion] += 1;
  }
  return counts;
}
