import { type Db, Prisma } from "../../db/client";
import { readSql } from "../../db/direct-reads";
import { type DelegableRole, delegatedFacts, isDelegableRole } from "../../domain/delegation";
import { DomainError } from "../../domain/errors";
import { type ActorFacts, isAllowed, type Permission, refusalOf, type Subject } from "../../domain/roles";
import { dateIn } from "../../domain/time";
import type { SqlTx, Tx } from "../context";
import type { StandIn } from "../people";

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

/** The capacities the person stands in for today, with their delegators (who must still hold them). */
async function standInGrants(db: SqlTx | Db, personId: string, now: Date): Promise<DelegationRow[]> {
  if (personId === "") return [];
  const today = dateIn(now);
  // On SQLite's driver directly (src/db/direct-reads.ts), inside the verb's transaction; standard SQL.
  const rows = await readSql<DelegationRow>(
    db,
    Prisma.sql`
    SELECT d."delegatorId", d."role", d."scope"
    FROM "Delegation" d
    JOIN "RoleAssignment" r ON r."personId" = d."delegatorId" AND r."role" = d."role" AND r."scope" = d."scope"
    WHERE d."delegateId" = ${personId} AND d."toDate" >= ${today} AND d."fromDate" <= ${today}
      AND d."revokedAt" IS NULL
    ORDER BY d."fromDate", d."delegatorId"`,
  );
  return rows.filter((row) => isDelegableRole(row.role));
}

/**
 * assertAllowed, and failing that the capacity of someone the caller stands in for today. The caller's own roles
 * come first, so nobody with the role pays for the delegation read: the indexed read runs only on a refusal. The
 * delegator must still hold the role delegated (a validator who left takes their delegations with them). Refused,
 * the caller gets the refusal of their own roles, as without the delegation.
 */
export async function assertAllowedFor(
  tx: SqlTx,
  permission: Permission,
  who: ActorFacts,
  subject: Subject,
  now: Date,
): Promise<Capacity> {
  if (isAllowed(permission, who, subject)) return {};
  for (const row of await standInGrants(tx, who.personId, now)) {
    if (isAllowed(permission, delegatedFacts({ role: row.role as DelegableRole, scope: row.scope }), subject)) {
      return { onBehalfOfId: row.delegatorId };
    }
  }
  throw new DomainError("forbidden", refusalOf(permission, who, subject));
}

/**
 * What a read model shows a viewer by: their own facts with the capacities they stand in for today (a stand-in sees
 * the absent validator's card, and its buttons). A surface reads those with the person, at no cost; a viewer read
 * without them pays the delegation read unless their own roles allow `permission` and answer for the subject.
 */
export async function viewerWithStandIns(
  db: Tx | Db,
  permission: Permission,
  who: ActorFacts & { standIns?: readonly StandIn[] },
  subject: Subject,
  now: Date,
): Promise<ActorFacts> {
  let grants: readonly { role: string; scope: string }[] | undefined = who.standIns;
  if (grants === undefined) {
    // Read without them (a deliverer's recipient): read them unless the viewer's own roles already answer for the
    // subject (its embassy, its body, DAECT, the committee); a missionary may stand in for their body's focal point.
    if (isAllowed(permission, who, subject) && answersFor(who, subject)) return who;
    grants = await standInGrants(db, who.personId, now);
  }
  const held = grants.filter((g): g is { role: DelegableRole; scope: string } => isDelegableRole(g.role));
  if (held.length === 0) return who;
  return { ...who, roles: [...who.roles, ...held.map((g) => ({ role: g.role, scope: g.scope }))] };
}

/** Whether the facts hold a capacity over the subject itself, which no stand-in grant would add to. */
function answersFor(who: ActorFacts, subject: Subject): boolean {
  return who.roles.some(
    (g) =>
      g.role === "daect" ||
      g.role === "committee" ||
      (g.role === "embassy" && g.scope === subject.countryCode) ||
      (g.role === "focal_point" && g.scope === subject.organisationId),
  );
}

/** The audit data of a call made in a capacity: the delegator's id beside the rest when it was a delegate's. */
export function onBehalf(capacity: Capacity, data: Record<string, unknown> = {}): Record<string, unknown> {
  return capacity.onBehalfOfId ? { ...data, onBehalfOfId: capacity.onBehalfOfId } : data;
}
