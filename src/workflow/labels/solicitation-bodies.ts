import { focalPointOrganisations, isAllowed } from "../../domain/roles";
import type { Actor, WorkflowContext } from "../context";
import { loadActor } from "../people";
import { inTransaction } from "../run";

export interface SolicitationBody {
  id: string;
  name: string;
}

/**
 * M2: the bodies a person may declare a solicitation for, by name: their own as focal point; DAECT, who may declare
 * for any body, chooses among the labelled ones. Empty when they may declare for none.
 */
export async function solicitationBodies(ctx: WorkflowContext, actor: Actor, limit = 100): Promise<SolicitationBody[]> {
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    const own = focalPointOrganisations(who);
    if (own.length > 0) {
      const bodies = await tx.organisation.findMany({
        where: { id: { in: own } },
        orderBy: { name: "asc" },
        take: limit,
      });
      return bodies.map((b) => ({ id: b.id, name: b.name }));
    }
    // Unscoped, the permission holds only for whoever may declare for any body.
    if (!isAllowed("solicitation.declare", who)) return [];
    const labels = await tx.label.findMany({
      // A suspended body still owes DAECT its declarations (M2): only an ended label frees it.
      where: { status: { in: ["active", "suspended"] }, validUntil: { gte: now } },
      include: { organisation: { select: { name: true } } },
      orderBy: { number: "asc" },
      take: limit,
    });
    return labels.map((l) => ({ id: l.organisationId, name: l.organisation.name }));
  });
}
