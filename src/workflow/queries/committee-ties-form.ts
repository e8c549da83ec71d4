import { assertAllowed } from "../../domain/roles";
import { declaredTies } from "../committee/committee-ties";
import type { WorkflowContext } from "../context";
import { loadViewer, type Viewer } from "../people";
import { inTransaction } from "../run";

/** A form lists at most this many bodies (a Slack select holds 100 options). */
const MAX_BODIES = 100;

export interface CommitteeTiesForm {
  /** The bodies the register knows, by name, to pick from. */
  bodies: { id: string; name: string }[];
  declared: boolean;
  /** The bodies the member declared last time (empty with "none"). */
  organisationIds: string[];
}

/** What the declaration form of a committee member shows: the known bodies, and their last declaration. */
export async function committeeTiesForm(ctx: WorkflowContext, viewer: Viewer): Promise<CommitteeTiesForm> {
  return inTransaction(ctx, async (tx) => {
    const who = await loadViewer(tx, viewer);
    assertAllowed("committee.declare_ties", who);
    const [bodies, ties] = await Promise.all([
      tx.organisation.findMany({ orderBy: { name: "asc" }, take: MAX_BODIES, select: { id: true, name: true } }),
      declaredTies(tx, who.personId),
    ]);
    return { bodies, declared: ties.declared, organisationIds: [...ties.organisationIds] };
  });
}
