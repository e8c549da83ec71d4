import { z } from "zod";
import { DomainError } from "../../domain/errors";
import { embassyCountries, isAllowed, type RefusalParams } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { PersonActor, WorkflowContext } from "../context";
import { loadActor } from "../people";
import { inTransaction } from "../run";
import { parseInput, ZCountryCode } from "../validate";

/**
 * The country whose embassy cards the actor may send to a shared place of their surface (a Teams channel, say):
 * the one asked for, or the actor's only embassy country. Whoever decides for a country's embassy may choose.
 */
export async function embassyChannelCountry(
  ctx: WorkflowContext,
  actor: PersonActor,
  requested?: string,
): Promise<string> {
  const wanted = requested === undefined ? undefined : parseInput(ZCountryCode, requested);
  const who = await loadActor(ctx.db, actor);
  const countries = embassyCountries(who);
  const country = wanted ?? (countries.length === 1 ? countries[0] : undefined);
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

export const ZEmbassyChannelInput = z.object({ country: ZCountryCode, place: z.string().min(1).max(400) });

/** The record of an embassy's new shared place (the surface keeps the address itself): who chose it, and when. */
export async function recordEmbassyChannel(
  ctx: WorkflowContext,
  actor: PersonActor,
  rawInput: z.input<typeof ZEmbassyChannelInput>,
): Promise<void> {
  const input = parseInput(ZEmbassyChannelInput, rawInput);
  await embassyChannelCountry(ctx, actor, input.country);
  await inTransaction(ctx, (tx, now) =>
    recordAudit(tx, actor, now, {
      entityType: "embassy",
      entityId: input.country,
      action: "designate_channel",
      data: { via: actor.platform, place: input.place },
    }),
  );
}
