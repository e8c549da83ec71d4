import { z } from "zod";
import { DomainError } from "../../domain/errors";
import { assertAllowed } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId } from "../validate";
import { abstainOnPendingOf, assertTiesStand } from "./committee-ties";

export const ZTiesInput = z.object({
  organisationIds: z.array(ZId).max(100).default([]),
  /** "Aucun lien": the member declares that they are tied to no body. */
  none: z.boolean().default(false),
});

export interface DeclaredTiesValue {
  organisationIds: string[];
  none: boolean;
}

/**
 * A committee member declares the bodies they are tied to (an elected office, a job, a board seat), or that they
 * have none, before judging any application; a new declaration replaces the last, except that a tie to a body
 * whose application is before the committee stands until it is decided. The member then abstains on the pending
 * applications of the bodies named.
 */
export async function declareCommitteeTies(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZTiesInput>,
): Promise<VerbResult<DeclaredTiesValue>> {
  const input = parseInput(ZTiesInput, rawInput);
  const organisationIds = [...new Set(input.organisationIds)];
  // Either bodies or "none": a form with neither (or both) says nothing true about the member.
  if ((organisationIds.length === 0) === !input.none)
    throw new DomainError("ties_choice_required", {}, "organisationIds");
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    assertAllowed("committee.declare_ties", who);
    const bodies = await tx.organisation.findMany({
      where: { id: { in: organisationIds } },
      select: { id: true, name: true },
    });
    const unknown = organisationIds.find((id) => !bodies.some((b) => b.id === id));
    if (unknown) throw new DomainError("not_found", { entity: "organisation", id: unknown }, "organisationIds");
    const before = await tx.committeeTie.findMany({ where: { personId: who.personId } });
    await assertTiesStand(
      tx,
      before.flatMap((r) =>
        r.organisationId && !organisationIds.includes(r.organisationId) ? [r.organisationId] : [],
      ),
    );
    const same =
      before.length > 0 &&
      before.length === Math.max(1, organisationIds.length) &&
      before.every((r) => (r.organisationId === null ? input.none : organisationIds.includes(r.organisationId)));
    const value = { organisationIds, none: input.none };
    if (same) return { changed: false, value };
    await tx.committeeTie.deleteMany({ where: { personId: who.personId } });
    await tx.committeeTie.createMany({
      data: input.none
        ? [{ personId: who.personId, organisationId: null, declaredAt: now }]
        : organisationIds.map((organisationId) => ({ personId: who.personId, organisationId, declaredAt: now })),
    });
    await recordAudit(tx, actor, now, {
      entityType: "person",
      entityId: who.personId,
      action: "declare_ties",
      data: { none: input.none, organisations: bodies.map((b) => b.name) },
    });
    await abstainOnPendingOf(tx, actor, now, organisationIds);
    return { changed: true, value };
  });
}
