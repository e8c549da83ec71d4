import { z } from "zod";
import { DomainError } from "../../domain/errors";
import { LIMITS } from "../../domain/limits";
import { assertAllowed, ROLES } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { Actor, OperatorActor, Tx, WorkflowContext } from "../context";
import { found } from "../guard";
import { loadActor, ZChannelName } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZCountryCode, ZEmail, ZOptionalText, ZText } from "../validate";

export const ZRoleInput = z.object({
  email: ZEmail,
  role: z.enum(ROLES),
  /** ISO country code for embassy, organisation name for focal_point. */
  scope: ZOptionalText(LIMITS.organisationName),
  name: ZOptionalText(LIMITS.personName),
});

/** An embassy role's scope: a country code, refused under the scope field like any input. */
const ZEmbassyScope = z.object({ scope: ZCountryCode });

/** The stored scope of a role: "" for global roles, a country code, or an organisation id. */
async function resolveScope(tx: Tx, role: string, scope: string | undefined): Promise<string> {
  if (role === "daect" || role === "committee") return "";
  if (!scope) throw new DomainError("invalid_input", { field: "scope" }, "scope");
  if (role === "embassy") {
    const { scope: code } = parseInput(ZEmbassyScope, { scope });
    found(await tx.embassy.findUnique({ where: { countryCode: code } }), "embassy", code);
    return code;
  }
  const organisation = await tx.organisation.findFirst({ where: { OR: [{ id: scope }, { name: scope }] } });
  return found(organisation, "organisation", scope).id;
}

export async function grantRole(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZRoleInput>,
): Promise<VerbResult<{ personId: string }>> {
  const input = parseInput(ZRoleInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    assertAllowed("admin.manage", await loadActor(tx, actor));
    const scope = await resolveScope(tx, input.role, input.scope);
    const person = await tx.person.upsert({
      where: { email: input.email },
      create: { email: input.email, name: input.name ?? input.email.split("@")[0] ?? input.email },
      update: {},
    });
    const key = { personId_role_scope: { personId: person.id, role: input.role, scope } };
    if (await tx.roleAssignment.findUnique({ where: key })) return { changed: false, value: { personId: person.id } };
    await tx.roleAssignment.create({
      data: {
        personId: person.id,
        role: input.role,
        scope,
        organisationId: input.role === "focal_point" ? scope : null,
        grantedById: actor.personId,
      },
    });
    await recordAudit(tx, actor, now, {
      entityType: "person",
      entityId: person.id,
      action: "grant_role",
      data: { role: input.role, scope },
    });
    return { changed: true, value: { personId: person.id } };
  });
}

export async function revokeRole(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZRoleInput>,
): Promise<VerbResult<{ personId: string }>> {
  const input = parseInput(ZRoleInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    assertAllowed("admin.manage", await loadActor(tx, actor));
    const person = found(await tx.person.findUnique({ where: { email: input.email } }), "person", input.email);
    const scope = await resolveScope(tx, input.role, input.scope);
    const { count } = await tx.roleAssignment.deleteMany({ where: { personId: person.id, role: input.role, scope } });
    if (count === 0) return { changed: false, value: { personId: person.id } };
    await recordAudit(tx, actor, now, {
      entityType: "person",
      entityId: person.id,
      action: "revoke_role",
      data: { role: input.role, scope },
    });
    return { changed: true, value: { personId: person.id } };
  });
}

export const ZEmbassyInput = z.object({ countryCode: ZCountryCode, name: ZText(LIMITS.embassyName) });

export async function addEmbassy(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZEmbassyInput>,
): Promise<VerbResult<{ embassyId: string }>> {
  const input = parseInput(ZEmbassyInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    assertAllowed("admin.manage", await loadActor(tx, actor));
    const existing = await tx.embassy.findUnique({ where: { countryCode: input.countryCode } });
    if (existing) return { changed: false, value: { embassyId: existing.id } };
    const embassy = await tx.embassy.create({ data: input });
    await recordAudit(tx, actor, now, { entityType: "embassy", entityId: embassy.id, action: "add", data: input });
    return { changed: true, value: { embassyId: embassy.id } };
  });
}

/**
 * ADMIN_EMAILS become DAECT staff at start-up, so a fresh installation has someone to administer it; the
 * composition root passes its operator actor.
 */
export async function bootstrapAdmins(
  ctx: WorkflowContext,
  operator: OperatorActor,
  emails: readonly string[],
): Promise<number> {
  let granted = 0;
  for (const email of emails) {
    const result = await grantRole(ctx, operator, { email, role: "daect" });
    if (result.changed) granted++;
  }
  return granted;
}

export const ZPreferredChannelInput = z.object({ email: ZEmail, channel: ZChannelName.nullable() });

/**
 * Which delivery channel a person reachable on several hears on (null: the deployment's routing order). DAECT sets
 * it for someone who asks; using a surface for the first time sets it too (recordChannelLinked).
 */
export async function setPreferredChannel(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZPreferredChannelInput>,
): Promise<VerbResult<{ personId: string }>> {
  const input = parseInput(ZPreferredChannelInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    assertAllowed("admin.manage", await loadActor(tx, actor));
    const person = found(await tx.person.findUnique({ where: { email: input.email } }), "person", input.email);
    if (person.preferredChannel === input.channel) return { changed: false, value: { personId: person.id } };
    await tx.person.update({ where: { id: person.id }, data: { preferredChannel: input.channel } });
    await recordAudit(tx, actor, now, {
      entityType: "person",
      entityId: person.id,
      action: "set_preferred_channel",
      data: { from: person.preferredChannel, to: input.channel },
    });
    return { changed: true, value: { personId: person.id } };
  });
}
