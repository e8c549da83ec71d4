import { z } from "zod";
import { LIMITS } from "../../domain/limits";
import { assertAllowed } from "../../domain/roles";
import type { Actor, WorkflowContext } from "../context";
import { queueNotifications, toEach } from "../notifications";
import { focalPointRecipients, loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId, ZText } from "../validate";
import { loadMission, missionaryIdsOf, transitionMission } from "./mission-store";

export const ZCancelMissionInput = z.object({ missionId: ZId, reason: ZText(LIMITS.cancellationReason) });

/** §3: a mission can be cancelled in any state before departure. */
export async function cancelMission(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZCancelMissionInput>,
): Promise<VerbResult<{ missionId: string }>> {
  const input = parseInput(ZCancelMissionInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    assertAllowed("mission.cancel", who);
    const mission = await loadMission(tx, input.missionId);
    if (mission.status === "cancelled") return { changed: false, value: { missionId: mission.id } };
    await transitionMission(tx, actor, now, mission, "cancel", { audit: { reason: input.reason } });
    const data = { reason: input.reason };
    await queueNotifications(tx, now, [
      ...toEach([...(await focalPointRecipients(tx, mission.organisationId, now)), ...missionaryIdsOf(mission)], {
        kind: "mission_cancelled",
        missionId: mission.id,
        data,
      }),
      { kind: "mission_cancelled", channel: `embassy:${mission.countryCode}`, missionId: mission.id, data },
    ]);
    return { changed: true, value: { missionId: mission.id } };
  });
}
