import type { WorkflowContext } from "../context";

export interface TeamsPerson {
  personId: string;
  name: string;
  locale: "fr" | "en";
  /** Whether the given conversation is remembered as this person's active personal chat. */
  chatActive: boolean;
}

/**
 * The person a Teams account was linked to, if any, and whether the conversation the activity came from is
 * their remembered chat: read on every turn, so one indexed look-up.
 */
export async function findTeamsPerson(
  ctx: WorkflowContext,
  teamsUserId: string,
  conversationId: string,
): Promise<TeamsPerson | null> {
  const person = await ctx.db.person.findUnique({
    where: { teamsUserId },
    select: {
      id: true,
      name: true,
      locale: true,
      conversations: { where: { platform: "teams", conversationId, status: "active" }, select: { id: true } },
    },
  });
  if (!person) return null;
  return {
    personId: person.id,
    name: person.name,
    locale: person.locale === "en" ? "en" : "fr",
    chatActive: person.conversations.length > 0,
  };
}

export interface TeamsAddress {
  refId: string;
  conversationId: string;
  serviceUrl: string;
  tenantId: string | null;
  botId: string | null;
  /** The person's language in a personal chat; French (DAECT's) in a channel. */
  locale: "fr" | "en";
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
    include: { person: { select: { locale: true } } },
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
    include: { person: { select: { locale: true } } },
  });
  return refs.map((ref) => ({
    refId: ref.id,
    conversationId: ref.conversationId,
    serviceUrl: ref.serviceUrl,
    tenantId: ref.tenantId,
    botId: ref.botId,
    locale: ref.person?.locale === "en" ? "en" : "fr",
  }));
}

/**
 * Where the notifications of a kind about a mission were posted on Teams (Outbox.deliveryRef after
 * "teams:"), so the surface can update those messages in place.
 */
export async function teamsDeliveryRefs(ctx: WorkflowContext, missionId: string, kind: string): Promise<string[]> {
  const rows = await ctx.db.outbox.findMany({
    where: { missionId, kind, status: "sent", deliveryRef: { startsWith: "teams:" } },
    select: { deliveryRef: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => (row.deliveryRef ?? "").slice("teams:".length)).filter(Boolean);
}
