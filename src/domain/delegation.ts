import { DomainError } from "./errors";
import type { ActorFacts, RoleGrant } from "./roles";
import { daysBetween, isIsoDate, typedDate } from "./time";

/** The capacities a person may hand over for an absence: an embassy's validation, a body's focal point. */
export const DELEGABLE_ROLES = ["embassy", "focal_point"] as const;
export type DelegableRole = (typeof DELEGABLE_ROLES)[number];

/** An absence is covered for a quarter at most: longer, DAECT names another focal point or validator instead. */
export const MAX_DELEGATION_DAYS = 92;

/**
 * "Absent du 3 au 17 août, Mme X me remplace": during the range, the delegate receives what is addressed to the
 * delegator in that capacity and may act in it, on their behalf. Dates are Paris calendar dates, both included.
 */
export interface Delegation {
  delegatorId: string;
  delegateId: string;
  role: DelegableRole;
  /** The embassy's ISO country code, or the body's organisation id. */
  scope: string;
  from: string;
  to: string;
  createdById: string | null;
  revokedAt: Date | null;
}

/** What the rules need to know about the delegate: their roles and the body their profile belongs to. */
export interface DelegateFacts extends ActorFacts {
  organisationId: string | null;
}

export function isDelegableRole(role: string): role is DelegableRole {
  return (DELEGABLE_ROLES as readonly string[]).includes(role);
}

/** The grants of the delegator a delegation may cover: their embassy and focal point roles, optionally one scope. */
export function delegableGrants(delegator: ActorFacts, scope?: string): (RoleGrant & { role: DelegableRole })[] {
  return delegator.roles.filter(
    (g): g is RoleGrant & { role: DelegableRole } =>
      isDelegableRole(g.role) && (scope === undefined || g.scope === scope),
  );
}

/** A colleague of the same embassy or body: any role of that scope, or (for a body) a profile in it. */
export function isColleague(delegate: DelegateFacts, role: DelegableRole, scope: string): boolean {
  if (delegate.roles.some((g) => g.role === role && g.scope === scope)) return true;
  return role === "focal_point" && delegate.organisationId === scope;
}

export interface DelegationRequest {
  delegatorId: string;
  delegate: DelegateFacts;
  role: DelegableRole;
  scope: string;
  from: string;
  to: string;
  /** DAECT names anyone, and by naming them grants them the capacity for the range. */
  byDaect: boolean;
}

/** Checks a new delegation against the rules; throws the typed refusal of the first rule it breaks. */
export function checkDelegation(request: DelegationRequest, today: string): void {
  const { from, to } = request;
  for (const [field, date] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (!isIsoDate(date)) throw new DomainError("invalid_input", { field }, field);
  }
  if (daysBetween(from, to) < 0) throw new DomainError("date_order", { start: from, end: to }, "to");
  // An absence already under way starts today: the record says when the stand-in began, not when the absence did.
  if (daysBetween(today, from) < 0) throw new DomainError("date_in_past", { date: from }, "from");
  const days = daysBetween(from, to) + 1;
  if (days > MAX_DELEGATION_DAYS) {
    throw new DomainError("delegation_too_long", { days, max: MAX_DELEGATION_DAYS }, "to");
  }
  if (request.delegate.personId === request.delegatorId) throw new DomainError("delegation_self");
  if (!request.byDaect && !isColleague(request.delegate, request.role, request.scope)) {
    throw new DomainError("delegation_outside_scope", { role: request.role, scope: request.scope });
  }
}

/** In force on this Paris calendar date: not ended early, and the date within the range. */
export function isActive(delegation: Pick<Delegation, "from" | "to" | "revokedAt">, today: string): boolean {
  return delegation.revokedAt === null && delegation.from <= today && today <= delegation.to;
}

/**
 * The facts a delegate acts with: the delegated capacity alone, without the delegator's person (a delegate is not
 * a missionary or applicant of the delegator's files, only their stand-in as validator or focal point).
 */
export function delegatedFacts(delegation: Pick<Delegation, "role" | "scope">): ActorFacts {
  return { personId: "", roles: [{ role: delegation.role, scope: delegation.scope }] };
}

/** The words that may stand around the dates of a typed range: "du 03/08/2026 au 17/08/2026", "from … to …". */
const RANGE_WORDS = new Set(["du", "au", "from", "to", "until", "jusqu'au", "jusqu’au", "-"]);

/**
 * The e-mails and the range of a typed delegation ("marie@lyon.fr du 03/08/2026 au 17/08/2026"): the words that
 * are not dates nor range words, in order, and the two dates; null when there are not exactly two dates.
 */
export function typedDelegation(text: string): { words: string[]; from: string; to: string } | null {
  const words: string[] = [];
  const dates: string[] = [];
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const date = typedDate(word);
    if (date) dates.push(date);
    else if (!RANGE_WORDS.has(word.toLowerCase())) words.push(word);
  }
  const [from, to] = dates;
  return from && to && dates.length === 2 ? { words, from, to } : null;
}
