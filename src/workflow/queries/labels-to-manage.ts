import { type LabelState, labelStateAt } from "../../domain/label";
import { assertAllowed } from "../../domain/roles";
import type { WorkflowContext } from "../context";
import { loadViewer, type Viewer } from "../people";

export interface ManagedLabel {
  labelId: string;
  number: string;
  organisation: string;
  /** "active" or "suspended", as the label reads now. */
  state: LabelState;
  validUntil: Date;
  /** While suspended, its last instant. */
  suspendedUntil: Date | null;
}

/**
 * The labels DAECT may still revoke, suspend or reinstate, for its App Home: the suspended ones first (they wait for
 * a decision), then the newest; `total` says how many there are in all, the rest being reached by number.
 */
export async function labelsToManage(
  ctx: WorkflowContext,
  viewer: Viewer,
  limit: number,
): Promise<{ labels: ManagedLabel[]; total: number }> {
  assertAllowed("label.revoke", await loadViewer(ctx.db, viewer));
  const now = ctx.clock.now();
  const where = { status: { in: ["active", "suspended"] }, validUntil: { gte: now } };
  const [rows, total] = await Promise.all([
    ctx.db.label.findMany({
      where,
      include: { organisation: { select: { name: true } } },
      orderBy: [{ status: "desc" }, { validFrom: "desc" }, { number: "desc" }],
      take: limit,
    }),
    ctx.db.label.count({ where }),
  ]);
  const labels = rows.map((l) => {
    const state = labelStateAt(l, now);
    return {
      labelId: l.id,
      number: l.number,
      organisation: l.organisation.name,
      state,
      validUntil: l.validUntil,
      suspendedUntil: state === "suspended" ? l.suspendedUntil : null,
    };
  });
  return { labels, total };
}
