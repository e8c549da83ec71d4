import { z } from "zod";
import { assertAllowed } from "../../domain/roles";
import type { Actor, WorkflowContext } from "../context";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId } from "../validate";
import { loadMission, transitionMission } from "./mission-store";

export const ZCloseMissionInput = z.object({ missionId: ZId });

/** DAECT files a finished mission: report validated, or reimbursement settled. */
export async function closeMission(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZCloseMissionInput>,
): Promise<VerbResult<{ missionId: string }>> {
  const input = parseInput(ZCloseMissionInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    assertAllowed("mission.edit", await loadActor(tx, actor));
    const mission = await loadMission(tx, input.missionId);
    if (mission.status === "closed") return { changed: false, value: { missionId: mission.id } };
    await transitionMission(tx, actor, now, mission, "close");
    return { changed: true, value: { missionId: mission.id } };
  });
}
