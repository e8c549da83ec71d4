import { delegatedFacts, isDelegableRole } from "../../domain/delegation";
import { DomainError } from "../../domain/errors";
import { type ActorFacts, isAllowed, type Permission, refusalOf, type Subject } from "../../domain/roles";
import { dateIn } from "../../domain/time";
import type { Tx } from "../context";

/** Whose capacity an allowed call used: the caller's own, or a delegator's they stand in for today. */
export interface Capacity {
  /** The delegator, when the caller acts as their delegate: the audit records it as `onBehalfOfId`. */
  onBehalfOfId?: string;
}

interface DelegationRow {
  delegatorId: string;
  role: string;
  scope: string;
}

/**
 * assertAllowed, and failing that the capacity of someone the caller stands in for today. The caller's own roles
 * come first, so nobody with the role pays for the delegation read: the indexed read runs only on a refusal. The
 * delegator must still hold the role delegated (a validator who left takes their delegations with them). Refused,
 * the caller gets the refusal of their own roles, as without the delegation.
 */
export async function assertAllowedFor(
  tx: Tx,
  permission: Permission,
  who: ActorFacts,
  subject: Subject,
  now: Date,
): Promise<Capacity> {
  if (isAllowed(permission, who, subject)) return {};
  if (who.personId !== "") {
    const today = dateIn(now);
    const rows = await tx.$queryRaw<DelegationRow[]>`
      SELECT d."delegatorId", d."role", d."scope"
      FROM "Delegation" d
      JOIN "RoleAssignment" r ON r."personId" = d."delegatorId" AND r."role" = d."role" AND r."scope" = d."scope"
      WHERE d."delegateId" = ${who.personId} AND d."toDate" >= ${today} AND d."fromDate" <= ${today}
        AND d."revokedAt" IS NULL
      ORDER BY d."fromDate", d."delegatorId"`;
    for (const row of rows) {
      if (!isDelegableRole(row.role)) continue;
      if (isAllowed(permission, delegatedFacts({ role: row.role, scope: row.scope }), subject)) {
        return { onBehalfOfId: row.delegatorId };
      }
    }
  }
  throw new DomainError("forbidden", refusalOf(permission, who, subject));
}

/** The audit data of a call made in a capacity: the delegator's id beside the rest when it was a delegate's. */
export function onBehalf(capacity: Capacity, data: Record<string, unknown> = {}): Record<string, unknown> {
  return capacity.onBehalfOfId ? { ...data, onBehalfOfId: capacity.onBehalfOfId } : data;
}
