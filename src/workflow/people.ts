import type { Db } from "../db/client";
import { DomainError } from "../domain/errors";
import type { ActorFacts, Role, RoleGrant } from "../domain/roles";
import type { Actor, PersonActor, Tx } from "./context";
import type { SharedChannel } from "./notifications";

/**
 * Who a read model shows something to: a person on a platform, or the audience of a shared channel that a
 * deliverer posts to. Read models apply the permission table to it as verbs do to an actor.
 */
export type Viewer = Actor | IdentifiedActor | { audience: SharedChannel };

export interface ActorInfo extends ActorFacts {
  name: string;
  locale: string;
}

/**
 * An actor as a surface identified it at the start of this request, person and roles read in one statement. Read
 * models take those facts as they are (what they show was allowed a few milliseconds ago); verbs read the roles
 * again inside their own transaction, where the check must hold against the change it guards.
 */
export type IdentifiedActor = PersonActor & { known: ActorInfo };

/** A person joined to its role assignments, one row per role (role and scope null when it holds none). */
export interface PersonRoleRow {
  id: string;
  name: string;
  locale: string;
  timeZone: string | null;
  role: string | null;
  scope: string | null;
}

/** The person of rows from a `Person LEFT JOIN RoleAssignment` on one person; null when there is no row. */
export function personWithRoles(
  rows: PersonRoleRow[],
): { personId: string; name: string; locale: "fr" | "en"; timeZone: string | null; roles: RoleGrant[] } | null {
  const first = rows[0];
  if (!first) return null;
  return {
    personId: first.id,
    name: first.name,
    locale: first.locale === "en" ? "en" : "fr",
    timeZone: first.timeZone ?? null,
    roles: rows.flatMap((r) => (r.role === null ? [] : [{ role: r.role as Role, scope: r.scope ?? "" }])),
  };
}

/**
 * The roles of the acting person. Without a person: the operator at the command line (or start-up
 * bootstrap) administers the installation as DAECT; the scheduler has no role (system verbs check the platform).
 */
export async function loadActor(tx: Tx | Db, actor: Actor): Promise<ActorInfo> {
  if (actor.personId === null) {
    const operator = actor.platform !== "scheduler";
    return { personId: "", roles: operator ? [{ role: "daect", scope: "" }] : [], name: "EXPE-CT", locale: "fr" };
  }
  // Every verb starts here: one joined statement, not Prisma's query per relation.
  const rows = await tx.$queryRaw<PersonRoleRow[]>`
    SELECT p."id", p."name", p."locale", p."timeZone", r."role", r."scope"
    FROM "Person" p LEFT JOIN "RoleAssignment" r ON r."personId" = p."id"
    WHERE p."id" = ${actor.personId}
    ORDER BY r."id"`;
  const person = personWithRoles(rows);
  if (!person) throw new DomainError("not_found", { entity: "person", id: actor.personId });
  return { ...person, locale: rows[0]?.locale ?? person.locale };
}

/** A shared channel is read by the people of the role it is configured for: DAECT, the committee, an embassy. */
function audienceRoles(channel: SharedChannel): RoleGrant[] {
  if (channel === "daect") return [{ role: "daect", scope: "" }];
  if (channel === "committee") return [{ role: "committee", scope: "" }];
  return [{ role: "embassy", scope: channel.slice("embassy:".length) }];
}

/** The facts a read model shows things by: a shared channel's audience, the request's identified caller, or read. */
export async function loadViewer(tx: Tx | Db, viewer: Viewer): Promise<ActorFacts> {
  if ("audience" in viewer) return { personId: "", roles: audienceRoles(viewer.audience) };
  if ("known" in viewer) return viewer.known;
  return loadActor(tx, viewer);
}

export async function personIdsWithRole(tx: Tx, role: Role, scope?: string): Promise<string[]> {
  const rows = await tx.roleAssignment.findMany({
    where: { role, ...(scope === undefined ? {} : { scope }) },
    select: { personId: true },
  });
  return [...new Set(rows.map((r) => r.personId))];
}

export function focalPointIds(tx: Tx, organisationId: string): Promise<string[]> {
  return personIdsWithRole(tx, "focal_point", organisationId);
}

export async function personName(tx: Tx, personId: string | null | undefined): Promise<string> {
  if (!personId) return "EXPE-CT";
  const p = await tx.person.findUnique({ where: { id: personId }, select: { name: true } });
  return p?.name ?? personId;
}
