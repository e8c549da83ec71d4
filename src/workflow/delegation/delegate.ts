import { z } from "zod";
import { checkDelegation, type DelegateFacts, delegableGrants } from "../../domain/delegation";
import { DomainError } from "../../domain/errors";
import { LIMITS } from "../../domain/limits";
import { assertAllowed, hasRole } from "../../domain/roles";
import { dateIn } from "../../domain/time";
import { recordAudits } from "../audit";
import type { Actor, Tx, WorkflowContext } from "../context";
import { found } from "../guard";
import { queueNotifications } from "../notifications";
import { type ActorInfo, loadActor } from "../people";
import { newRowId } from "../row-id";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZEmail, ZIsoDate, ZOptionalText } from "../validate";

export const ZDelegationInput = z.object({
  /** Whose capacity is handed over: the caller's own when absent; someone else's is DAECT's to name. */
  delegatorEmail: ZEmail.optional(),
  delegateEmail: ZEmail,
  from: ZIsoDate,
  to: ZIsoDate,
  /** One embassy or body of a delegator who answers for several: all of them when absent. */
  scope: ZOptionalText(LIMITS.organisationName),
});

export interface Delegated {
  delegationIds: string[];
  delegatorId: string;
  delegateId: string;
  delegateName: string;
  from: string;
  to: string;
}

/** The delegator: the caller, or the person DAECT names. */
async function delegatorOf(tx: Tx, actor: Actor, who: ActorInfo, email: string | undefined): Promise<ActorInfo> {
  if (email === undefined || (await emailOf(tx, who.personId)) === email) {
    if (actor.personId === null) throw new DomainError("invalid_input", { field: "delegatorEmail" }, "delegatorEmail");
    return who;
  }
  assertAllowed("admin.manage", who);
  const person = found(await tx.person.findUnique({ where: { email }, select: { id: true } }), "person", email);
  // loadActor reads the person and their roles; the platform is the caller's concern, not read here.
  return loadActor(tx, { personId: person.id, platform: "slack" });
}

async function emailOf(tx: Tx, personId: string): Promise<string | null> {
  if (personId === "") return null;
  return (await tx.person.findUnique({ where: { id: personId }, select: { email: true } }))?.email ?? null;
}

/** The stand-in's facts; one DAECT names who is not known yet is created, as a role DAECT grants creates them. */
async function delegateFacts(tx: Tx, email: string, byDaect: boolean): Promise<DelegateFacts & { name: string }> {
  if (byDaect) {
    // Named by the e-mail until the person uses a surface, whose profile then gives the name (savePersonProfile).
    await tx.person.upsert({ where: { email }, create: { email, name: email }, update: {} });
  }
  const person = found(
    await tx.person.findUnique({
      where: { email },
      select: { id: true, name: true, organisationId: true, roles: { select: { role: true, scope: true } } },
    }),
    "person",
    email,
  );
  return {
    personId: person.id,
    name: person.name,
    organisationId: person.organisationId,
    roles: person.roles.map((r) => ({ role: r.role as ActorInfo["roles"][number]["role"], scope: r.scope })),
  };
}

/**
 * "Absent du 3 au 17 août, Mme X me remplace": an embassy validator or a body's focal point names a colleague of the
 * same embassy or body for a range of dates; DAECT may name anyone for anyone, and by doing so grants the capacity
 * for the range. One row per capacity handed over, and the stand-in is told; the same delegation asked again changes
 * nothing.
 */
export async function delegate(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZDelegationInput>,
): Promise<VerbResult<Delegated>> {
  const input = parseInput(ZDelegationInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    const delegator = await delegatorOf(tx, actor, who, input.delegatorEmail);
    const grants = delegableGrants(delegator, input.scope);
    if (grants.length === 0) throw new DomainError("delegation_no_capacity");
    const byDaect = hasRole(who, "daect");
    const standIn = await delegateFacts(tx, input.delegateEmail, byDaect);
    const today = dateIn(now);
    for (const grant of grants) {
      const request = { ...grant, from: input.from, to: input.to, byDaect };
      checkDelegation({ delegatorId: delegator.personId, delegate: standIn, ...request }, today);
    }
    const base = { delegatorId: delegator.personId, delegateId: standIn.personId, from: input.from, to: input.to };
    const value: Delegated = { ...base, delegationIds: [], delegateName: standIn.name };
    const existing = await tx.delegation.findMany({
      where: { ...pair(base), fromDate: input.from, toDate: input.to, revokedAt: null },
      select: { id: true, role: true, scope: true },
    });
    const fresh = grants.filter((g) => !existing.some((e) => e.role === g.role && e.scope === g.scope));
    value.delegationIds = existing.map((e) => e.id);
    if (fresh.length === 0) return { changed: false, value };
    const rows = fresh.map((grant) => ({
      id: newRowId(),
      ...pair(base),
      role: grant.role,
      scope: grant.scope,
      fromDate: input.from,
      toDate: input.to,
      createdById: actor.personId,
      createdAt: now,
    }));
    await tx.delegation.createMany({ data: rows });
    await recordAudits(
      tx,
      actor,
      now,
      rows.map((row) => ({
        entityType: "delegation",
        entityId: row.id,
        action: "delegate",
        data: { ...pair(base), role: row.role, scope: row.scope, from: input.from, to: input.to },
      })),
    );
    await queueNotifications(tx, now, [
      {
        kind: "delegation_named",
        recipientId: standIn.personId,
        data: { by: delegator.name, from: input.from, to: input.to },
      },
    ]);
    value.delegationIds.push(...rows.map((r) => r.id));
    return { changed: true, value };
  });
}

const pair = (p: { delegatorId: string; delegateId: string }) => ({
  delegatorId: p.delegatorId,
  delegateId: p.delegateId,
});
