import { z } from "zod";
import { DomainError } from "../../domain/errors";
import { embassyCountries, isAllowed, type RefusalParams } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZCountryCode, ZOptionalText } from "../validate";

export const ZConversationRefInput = z.object({
  kind: z.enum(["personal", "channel"]),
  conversationId: z.string().min(1).max(400),
  serviceUrl: z.url().max(500),
  tenantId: ZOptionalText(64),
  botId: ZOptionalText(200),
  /** For a channel: the country whose embassy cards go there; omitted, the actor's only embassy country. */
  embassyCountry: ZCountryCode.optional(),
});
export type ConversationRefInput = z.input<typeof ZConversationRefInput>;

export interface SavedConversationRef {
  refId: string;
  embassyCountry: string | null;
}

/**
 * Remembers where the bot may post proactively: the actor's personal chat, or the channel an embassy
 * person designates for their country's cards. One channel per country: a new one replaces the previous.
 */
export async function saveConversationRef(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: ConversationRefInput,
): Promise<VerbResult<SavedConversationRef>> {
  const input = parseInput(ZConversationRefInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    if (!who.personId)
      throw new DomainError("forbidden", {
        action: "conversation.save",
        reason: "unknown_person",
      } satisfies RefusalParams);
    const country = input.kind === "channel" ? channelCountry(who, input.embassyCountry) : null;
    const fields = {
      serviceUrl: input.serviceUrl,
      tenantId: input.tenantId ?? null,
      botId: input.botId ?? null,
      kind: input.kind,
      personId: input.kind === "personal" ? who.personId : null,
      embassyCountry: country,
    };
    const where = { platform_conversationId: { platform: "teams", conversationId: input.conversationId } };
    const existing = await tx.conversationRef.findUnique({ where });
    const same =
      existing?.status === "active" &&
      (Object.keys(fields) as (keyof typeof fields)[]).every((key) => existing[key] === fields[key]);
    if (existing && same) return { changed: false, value: { refId: existing.id, embassyCountry: country } };
    const saved = await tx.conversationRef.upsert({
      where,
      create: { platform: "teams", conversationId: input.conversationId, ...fields },
      update: { ...fields, status: "active", lastError: null },
    });
    if (country) {
      await tx.conversationRef.updateMany({
        where: { platform: "teams", kind: "channel", embassyCountry: country, status: "active", NOT: { id: saved.id } },
        data: { status: "removed", lastError: "replaced by another channel" },
      });
      await recordAudit(tx, actor, now, {
        entityType: "embassy",
        entityId: country,
        action: "designate_teams_channel",
        data: { conversationId: input.conversationId },
      });
    }
    return { changed: true, value: { refId: saved.id, embassyCountry: country } };
  });
}

/** Whoever decides for a country's embassy may choose where its cards are posted. */
function channelCountry(who: Parameters<typeof embassyCountries>[0], requested: string | undefined): string {
  const countries = embassyCountries(who);
  const country = requested ?? (countries.length === 1 ? countries[0] : undefined);
  if (!country) {
    if (countries.length === 0) {
      throw new DomainError("forbidden", {
        action: "conversation.designate_embassy",
        reason: "role_required",
        needs: "embassy_of_country",
      } satisfies RefusalParams);
    }
    throw new DomainError("invalid_input", { field: "embassyCountry" }, "embassyCountry");
  }
  if (!isAllowed("mission.embassy_decide", who, { countryCode: country })) {
    throw new DomainError("forbidden", {
      action: "conversation.designate_embassy",
      reason: "other_country",
      country,
      yours: countries[0],
    } satisfies RefusalParams);
  }
  return country;
}
