import { dateIn } from "../../domain/time";
import type { WorkflowContext } from "../../workflow";

/**
 * Teams' address book of places: the personal chats and the embassy channels the bot may post to proactively. Only
 * this module reads and writes TeamsConversation.
 */

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

type ConversationRow = {
  id: string;
  conversationId: string;
  serviceUrl: string;
  tenantId: string | null;
  botId: string | null;
  person?: { locale: string; timeZone: string | null } | null;
};

function toAddress(row: ConversationRow): TeamsAddress {
  return {
    refId: row.id,
    conversationId: row.conversationId,
    serviceUrl: row.serviceUrl,
    tenantId: row.tenantId,
    botId: row.botId,
    locale: row.person?.locale === "en" ? "en" : "fr",
    timeZone: row.person?.timeZone ?? null,
  };
}

export interface ConversationInput {
  conversationId: string;
  serviceUrl: string;
  tenantId?: string | null;
  botId?: string | null;
}

/**
 * Remembers a place to post to: a person's personal chat, or the channel of a country's embassy (one per country:
 * a new one replaces the previous). A place marked gone becomes a route again. True when something changed.
 */
export async function saveConversation(
  ctx: WorkflowContext,
  place: ConversationInput,
  owner: { kind: "personal"; personId: string } | { kind: "channel"; embassyCountry: string },
): Promise<boolean> {
  const fields = {
    serviceUrl: place.serviceUrl,
    tenantId: place.tenantId ?? null,
    botId: place.botId ?? null,
    kind: owner.kind,
    personId: owner.kind === "personal" ? owner.personId : null,
    embassyCountry: owner.kind === "channel" ? owner.embassyCountry : null,
  };
  return ctx.db.$transaction(async (tx) => {
    const where = { conversationId: place.conversationId };
    const existing = await tx.teamsConversation.findUnique({ where });
    const same =
      existing?.status === "active" &&
      (Object.keys(fields) as (keyof typeof fields)[]).every((key) => existing[key] === fields[key]);
    if (existing && same) return false;
    const saved = await tx.teamsConversation.upsert({
      where,
      create: { conversationId: place.conversationId, ...fields },
      update: { ...fields, status: "active", lastError: null },
    });
    if (owner.kind === "channel") {
      await tx.teamsConversation.updateMany({
        where: { kind: "channel", embassyCountry: owner.embassyCountry, status: "active", NOT: { id: saved.id } },
        data: { status: "removed", lastError: "replaced by another channel" },
      });
    }
    return true;
  });
}

export interface GoneConversation {
  kind: "personal" | "channel";
  personId: string | null;
  embassyCountry: string | null;
}

/** Stops routing to a conversation; what it was when this call marked it, null when it was already gone. */
export async function markConversationGone(
  ctx: WorkflowContext,
  refId: string,
  error: string,
): Promise<GoneConversation | null> {
  const [gone] = await ctx.db.teamsConversation.updateManyAndReturn({
    where: { id: refId, status: "active" },
    data: { status: "removed", lastError: error },
  });
  if (!gone) return null;
  return {
    kind: gone.kind === "channel" ? "channel" : "personal",
    personId: gone.personId,
    embassyCountry: gone.embassyCountry,
  };
}

/** A person's active personal chats with the bot, newest first. */
export async function personalChatsOf(ctx: WorkflowContext, personId: string): Promise<TeamsAddress[]> {
  const rows = await ctx.db.teamsConversation.findMany({
    where: { personId, kind: "personal", status: "active" },
    include: { person: { select: { locale: true, timeZone: true } } },
    orderBy: { updatedAt: "desc" },
  });
  return rows.map(toAddress);
}

/** The active channels an embassy designated, newest first (one in practice). */
export async function embassyChannelsOf(ctx: WorkflowContext, country: string): Promise<TeamsAddress[]> {
  const rows = await ctx.db.teamsConversation.findMany({
    where: { kind: "channel", status: "active", embassyCountry: country },
    orderBy: { updatedAt: "desc" },
  });
  return rows.map(toAddress);
}

/**
 * The personal chats of a country's embassy staff: where an embassy card goes when the embassy has not
 * designated a channel, and of their stand-ins today. The newest chat of each person only.
 */
export async function embassyStaffConversations(ctx: WorkflowContext, country: string): Promise<StaffConversation[]> {
  const today = dateIn(ctx.clock.now());
  // Whoever stands in for one of its validators today (src/domain/delegation.ts) gets the card too.
  const standIns = await ctx.db.delegation.findMany({
    where: { role: "embassy", scope: country, revokedAt: null, fromDate: { lte: today }, toDate: { gte: today } },
    select: { delegatorId: true, delegateId: true },
  });
  const validators =
    standIns.length === 0
      ? []
      : await ctx.db.roleAssignment.findMany({
          where: { role: "embassy", scope: country, personId: { in: standIns.map((d) => d.delegatorId) } },
          select: { personId: true },
        });
  // A stand-in for someone no longer of the embassy stands in for nothing.
  const held = new Set(validators.map((v) => v.personId));
  const delegates = standIns.filter((d) => held.has(d.delegatorId)).map((d) => d.delegateId);
  const staff = { person: { roles: { some: { role: "embassy", scope: country } } } };
  const refs = await ctx.db.teamsConversation.findMany({
    where: {
      kind: "personal",
      status: "active",
      OR: [staff, { personId: { in: delegates } }],
    },
    include: { person: { select: { locale: true, timeZone: true } } },
    orderBy: { updatedAt: "desc" },
  });
  const seen = new Set<string>();
  const out: StaffConversation[] = [];
  for (const ref of refs) {
    if (!ref.personId || seen.has(ref.personId)) continue;
    seen.add(ref.personId);
    out.push({ ...toAddress(ref), personId: ref.personId });
  }
  return out;
}

/** Stored conversations by their Teams ids, removed ones included: a card posted there may still be updated. */
export async function teamsConversations(
  ctx: WorkflowContext,
  conversationIds: readonly string[],
): Promise<TeamsAddress[]> {
  if (conversationIds.length === 0) return [];
  const rows = await ctx.db.teamsConversation.findMany({
    where: { conversationId: { in: [...new Set(conversationIds)] } },
    include: { person: { select: { locale: true, timeZone: true } } },
  });
  return rows.map(toAddress);
}
