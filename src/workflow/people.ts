import { z } from "zod";
import type { Db } from "../db/client";
import { perDialect } from "../db/dialect";
import { readRows } from "../db/direct-reads";
import { DomainError } from "../domain/errors";
import { LIMITS } from "../domain/limits";
import type { ActorFacts, Role, RoleGrant } from "../domain/roles";
import { dateIn } from "../domain/time";
import { recordAudit } from "./audit";
import type { Actor, PersonActor, SqlTx, Tx, WorkflowContext } from "./context";
import type { SharedChannel } from "./notifications";
import { inTransaction } from "./run";
import { parseInput, ZEmail, ZOptionalText } from "./validate";

/**
 * Who a read model shows something to: a person on a platform, or the audience of a shared channel that a
 * deliverer posts to. Read models apply the permission table to it as verbs do to an actor.
 */
export type Viewer = Actor | IdentifiedActor | { audience: SharedChannel };

export interface ActorInfo extends ActorFacts {
  name: string;
  locale: string;
  /**
   * The capacities the person stands in for today (src/domain/delegation.ts), when the surface read them with the
   * person: a read model shows a stand-in the buttons of the capacity. Verbs read them only on a refusal.
   */
  standIns?: readonly StandIn[];
}

/** A capacity held for someone absent: the delegator, who still holds it, and the role and scope. */
export interface StandIn {
  delegatorId: string;
  role: Role;
  scope: string;
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
  /** Set on the rows of a stand-in statement's delegation arm (standInArm): a capacity held for this delegator. */
  delegatorId?: string | null;
}

/** The person of rows from a `Person LEFT JOIN RoleAssignment` on one person; null when there is no row. */
export function personWithRoles(rows: PersonRoleRow[]): {
  personId: string;
  name: string;
  locale: "fr" | "en";
  timeZone: string | null;
  roles: RoleGrant[];
  standIns: StandIn[];
} | null {
  const first = rows[0];
  if (!first) return null;
  return {
    personId: first.id,
    name: first.name,
    locale: first.locale === "en" ? "en" : "fr",
    timeZone: first.timeZone ?? null,
    roles: rows.flatMap((r) =>
      r.role === null || r.delegatorId ? [] : [{ role: r.role as Role, scope: r.scope ?? "" }],
    ),
    standIns: rows.flatMap((r) =>
      r.role === null || !r.delegatorId
        ? []
        : [{ delegatorId: r.delegatorId, role: r.role as Role, scope: r.scope ?? "" }],
    ),
  };
}

const actorStatement = perDialect((d) =>
  d.numbered(`SELECT p."id", p."name", p."locale", p."timeZone", r."role", r."scope"
    FROM "Person" p LEFT JOIN "RoleAssignment" r ON r."personId" = p."id"
    WHERE p."id" = ?
    ORDER BY r."id"`),
);

/**
 * The roles of the acting person. Without a person: the operator at the command line (or start-up
 * bootstrap) administers the installation as DAECT; the scheduler has no role (system verbs check the platform).
 */
export async function loadActor(tx: SqlTx, actor: Actor): Promise<ActorInfo> {
  if (actor.personId === null) {
    const operator = actor.platform !== "scheduler";
    return { personId: "", roles: operator ? [{ role: "daect", scope: "" }] : [], name: "EXPE-CT", locale: "fr" };
  }
  // Every verb starts here: one joined statement, not Prisma's query per relation; outside a transaction (a read
  // model's viewer) on SQLite's driver directly (src/db/direct-reads.ts).
  const rows = await readRows<PersonRoleRow>(tx, actorStatement(tx), actor.personId);
  const person = personWithRoles(rows);
  if (!person) throw new DomainError("not_found", { entity: "person", id: actor.personId });
  // Not read here: a verb reads the capacities stood in for only when the caller's own roles refuse (acting-for.ts).
  const { standIns: _, ...read } = person;
  return { ...read, locale: rows[0]?.locale ?? read.locale };
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

/**
 * Who hears what is addressed to a body's focal points: they, and whoever stands in for one of them today
 * (src/domain/delegation.ts), in the one statement the focal points alone cost.
 */
export async function focalPointRecipients(tx: Tx, organisationId: string, now: Date): Promise<string[]> {
  const today = dateIn(now);
  const rows = await tx.$queryRaw<{ personId: string }[]>`
    SELECT "personId" FROM "RoleAssignment" WHERE "role" = 'focal_point' AND "scope" = ${organisationId}
    UNION
    SELECT d."delegateId" FROM "Delegation" d
    JOIN "RoleAssignment" r ON r."personId" = d."delegatorId" AND r."role" = d."role" AND r."scope" = d."scope"
    WHERE d."role" = 'focal_point' AND d."scope" = ${organisationId} AND d."toDate" >= ${today}
      AND d."fromDate" <= ${today} AND d."revokedAt" IS NULL`;
  return [...new Set(rows.map((r) => r.personId))];
}

export async function personName(tx: Tx, personId: string | null | undefined): Promise<string> {
  if (!personId) return "EXPE-CT";
  const p = await tx.person.findUnique({ where: { id: personId }, select: { name: true } });
  return p?.name ?? personId;
}

export const ZProfileInput = z.object({
  email: ZEmail,
  name: ZOptionalText(LIMITS.personName),
  locale: ZOptionalText(20),
  timeZone: ZOptionalText(64),
});
export type ProfileInput = z.input<typeof ZProfileInput>;

export interface LinkedPerson {
  personId: string;
  locale: "fr" | "en";
  timeZone: string | null;
  name: string;
}

/** English for English-locale profiles, French for everyone else (DAECT's language). */
export function localeFromProfile(locale: string | undefined): "fr" | "en" {
  return locale?.toLowerCase().startsWith("en") ? "en" : "fr";
}

/**
 * The person with this e-mail, created if unknown, with locale and time zone refreshed from the profile a surface
 * read (DESIGN §4: a chat account is the person with its e-mail). The surface then links its own account to the
 * person id in its own store: the core keeps no platform id.
 */
export async function savePersonProfile(ctx: WorkflowContext, rawInput: ProfileInput): Promise<LinkedPerson> {
  const input = parseInput(ZProfileInput, rawInput);
  return inTransaction(ctx, async (tx) => {
    const profile = {
      ...(input.locale ? { locale: localeFromProfile(input.locale) } : {}),
      ...(input.timeZone ? { timeZone: input.timeZone } : {}),
    };
    const before = await tx.person.findUnique({ where: { email: input.email }, select: { name: true } });
    // A name DAECT typed stays; a placeholder (the e-mail itself) gives way to the profile's.
    const named = before && !before.name.includes("@") ? {} : input.name ? { name: input.name } : {};
    const person = await tx.person.upsert({
      where: { email: input.email },
      create: { email: input.email, name: input.name ?? input.email, ...profile },
      update: { ...profile, ...named },
    });
    return {
      personId: person.id,
      locale: person.locale === "en" ? "en" : "fr",
      timeZone: person.timeZone,
      name: person.name,
    };
  });
}

/** A delivery channel's name as notify matches it (src/notify's DeliveryChannel.name): opaque to the core. */
export const ZChannelName = z.string().trim().min(1).max(40);

/**
 * A person just linked an account on a surface: they hear from the bot there from now on (their preferred delivery
 * channel, which `npm run admin` may change), and the record says so.
 */
export async function recordChannelLinked(ctx: WorkflowContext, actor: PersonActor, rawChannel: string): Promise<void> {
  const channel = parseInput(ZChannelName, rawChannel);
  await inTransaction(ctx, async (tx, now) => {
    await tx.person.update({ where: { id: actor.personId }, data: { preferredChannel: channel } });
    await recordAudit(tx, actor, now, {
      entityType: "person",
      entityId: actor.personId,
      action: "link_identity",
      data: { channel },
    });
  });
}
