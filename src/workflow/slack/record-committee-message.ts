import { z } from "zod";
import type { WorkflowContext } from "../context";
import type { VerbResult } from "../run";
import { parseInput, ZId } from "../validate";

export const ZCommitteeMessageInput = z.object({ applicationId: ZId, ref: z.string().min(1).max(200) });

/**
 * Remembers where the committee's post of an application is, so that a decision taken anywhere updates that
 * message in place. Bookkeeping of a surface, not a change of the application: no audit.
 */
export async function recordCommitteeMessage(
  ctx: WorkflowContext,
  rawInput: z.input<typeof ZCommitteeMessageInput>,
): Promise<VerbResult<{ applicationId: string }>> {
  const input = parseInput(ZCommitteeMessageInput, rawInput);
  const { count } = await ctx.db.application.updateMany({
    // NOT alone would skip a NULL column (SQL's NULL <> x is unknown).
    where: {
      id: input.applicationId,
      OR: [{ committeeMessageRef: null }, { NOT: { committeeMessageRef: input.ref } }],
    },
    data: { committeeMessageRef: input.ref },
  });
  return { changed: count > 0, value: { applicationId: input.applicationId } };
}
