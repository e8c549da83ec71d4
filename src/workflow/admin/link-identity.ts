import { z } from "zod";
import { LIMITS } from "../../domain/limits";
import { recordAudit } from "../audit";
import type { WorkflowContext } from "../context";
import { inTransaction } from "../run";
import { parseInput, ZEmail, ZOptionalText } from "../validate";

export const ZIdentityInput = z.object({
  platform: z.enum(["slack", "teams"]),
  platformUserId: z.string().min(1).max(200),
  email: ZEmail,
  name: ZOptionalText(LIMITS.personName),
  locale: ZOptionalText(20),
  timeZone: ZOptionalText(64),
  slackTeamId: ZOptionalText(64),
  teamsAadId: ZOptionalText(64),
});
export type IdentityInput = z.input<typeof ZIdentityInput>;

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
 * The first contact from Slack or Teams links the platform account to the person with that e-mail
 * (created if unknown); later contacts refresh locale and time zone from the profile.
 */
export async function linkPlatformIdentity(ctx: WorkflowContext, rawInput: IdentityInput): Promise<LinkedPerson> {
  const input = parseInput(ZIdentityInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const idField = input.platform === "slack" ? "slackUserId" : "teamsUserId";
    // The account may have been linked to another e-mail before (a changed address): unlink it there.
    await tx.person.updateMany({
      where: { [idField]: input.platformUserId, NOT: { email: input.email } },
      data: { [idField]: null },
    });
    const profile = {
      [idField]: input.platformUserId,
      ...(input.locale ? { locale: localeFromProfile(input.locale) } : {}),
      ...(input.timeZone ? { timeZone: input.timeZone } : {}),
      ...(input.slackTeamId ? { slackTeamId: input.slackTeamId } : {}),
      ...(input.teamsAadId ? { teamsAadId: input.teamsAadId } : {}),
    };
    const before = await tx.person.findUnique({ where: { email: input.email } });
    const person = await tx.person.upsert({
      where: { email: input.email },
      create: { email: input.email, name: input.name ?? input.email, ...profile },
      update:
        before && !before.name.includes("@") ? profile : { ...profile, ...(input.name ? { name: input.name } : {}) },
    });
    if (!before || (before as Record<string, unknown>)[idField] !== input.platformUserId) {
      await recordAudit(tx, { personId: person.id, platform: input.platform }, now, {
        entityType: "person",
        entityId: person.id,
        action: "link_identity",
        data: { platform: input.platform },
      });
    }
    return {
      personId: person.id,
      locale: person.locale === "en" ? "en" : "fr",
      timeZone: person.timeZone,
      name: person.name,
    };
  });
}
