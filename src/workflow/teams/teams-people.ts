import type { RoleGrant } from "../../domain/roles";
import type { WorkflowContext } from "../context";
import { type PersonRoleRow, personWithRoles } from "../people";

export interface TeamsPerson {
  personId: string;
  name: string;
  locale: "fr" | "en";
  /** As stored; the surface falls back to the zone Teams gives with the activity, then TZ_DEFAULT. */
  timeZone: string | null;
  roles: RoleGrant[];
  /** Whether the given conversation is remembered as this person's active personal chat. */
  chatActive: boolean;
}

/**
 * The person a Teams account was linked to, if any, with its roles and whether the conversation the activity
 * came from is their remembered chat: read on every turn, so one statement (a join, not a query per relation).
 */
export async function findTeamsPerson(
  ctx: WorkflowContext,
  teamsUserId: string,
  conversationId: string,
): Promise<TeamsPerson | null> {
  const rows = await ctx.db.$queryRaw<(PersonRoleRow & { chatActive: number | bigint | boolean })[]>`
    SELECT p."id", p."name", p."locale", p."timeZone", r."role", r."scope",
      EXISTS (SELECT 1 FROM "ConversationRef" c WHERE c."personId" = p."id" AND c."platform" = 'teams'
        AND c."conversationId" = ${conversationId} AND c."status" = 'active') AS "chatActive"
    FROM "Person" p LEFT JOIN "RoleAssignment" r ON r."personId" = p."id"
    WHERE p."teamsUserId" = ${teamsUserId}
    ORDER BY r."id"`;
  const person = personWithRoles(rows);
  if (!person) return null;
  return { ...person, chatActive: Number(rows[0]?.chatActive) > 0 };
}

export interface TeamsAddress {
  refId: string;
  conversationId: string;
  serviceUrl: string;
  tenantId: string | null;
  botId: string | null;
  /** The person's language in a personal chat; French (DAECT's) in a channel. */
  locale: "fr" | "en";
  /** The person's stored zone in a personal chat; null in a channel (the surface falls back to TZ_DEFAULT). */
  timeZone: string | null;
}

export interface StaffConversation extends TeamsAddress {
  personId: string;
}

/**
 * The personal chats of a country's embassy staff: where an embassy card goes when the embassy has not
 * designated a channel. The newest chat of each person only.
 */
export async function embassyStaffConversations(ctx: WorkflowContext, country: string): Promise<StaffConversation[]> {
  const refs = await ctx.db.conversationRef.findMany({
    where: {
      platform: "teams",
      kind: "personal",
      status: "active",
      person: { roles: { some: { role: "embassy", scope: country } } },
    },
    include: { person: { select: { locale: true, timeZone: true } } },
    orderBy: { updatedAt: "desc" },
  });
  const seen = new Set<string>();
  const out: StaffConversation[] = [];
  for (const ref of refs) {
    if (!ref.personId || seen.has(ref.personId)) continue;
    seen.add(ref.personId);
    out.push({
      refId: ref.id,
      conversationId: ref.conversationId,
      serviceUrl: ref.serviceUrl,
      tenantId: ref.tenantId,
      botId: ref.botId,
      personId: ref.personId,
      locale: ref.person?.locale === "en" ? "en" : "fr",
      timeZone: ref.person?.timeZone ?? null,
    });
  }
  return out;
}

/** Stored conversations by their Teams ids, removed ones included: a card posted there may still be updated. */
export async function teamsConversations(
  ctx: WorkflowContext,
  conversationIds: readonly string[],
): Promise<TeamsAddress[]> {
  if (conversationIds.length === 0) return [];
  const refs = await ctx.db.conversationRef.findMany({
    where: { platform: "teams", conversationId: { in: [...new Set(conversationIds)] } },
    include: { person: { select: { locale: true, timeZone: true } } },
  });
  return refs.map((ref) => ({
    refId: ref.id,
    conversationId: ref.conversationId,
    serviceUrl: ref.serviceUrl,
    tenantId: ref.tenantId,
    botId: ref.botId,
    locale: ref.person?.locale === "en" ? "en" : "fr",
    timeZone: ref.person?.timeZone ?? null,
  }));
}

/**
 * Where the notifications of a kind about a mission were posted on Teams (Outbox.deliveryRef after
 * "teams:"), so the surface can update those messages in place.
 */
export async function teamsDeliveryRefs(ctx: WorkflowContext, missionId: string, kind: string): Promise<string[]> {
  // SQL rather than Prisma's findMany (~0.5 ms of CPU) on the embassy decision's path; standard SQL (double-quoted
  // identifiers, bound values, LIKE), so it runs on PostgreSQL as it is.
  const rows = await ctx.db.$queryRaw<{ deliveryRef: string }[]>`
    SELECT "deliveryRef" FROM "Outbox"
    WHERE "missionId" = ${missionId} AND "kind" = ${kind} AND "status" = 'sent' AND "deliveryRef" LIKE 'teams:%'
    ORDER BY "createdAt"`;
  return rows.map((row) => row.deliveryRef.slice("teams:".length)).filter(Boolean);
}
