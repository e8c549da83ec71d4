import { z } from "zod";
import type { Actor, WorkflowContext } from "../context";
import { assertAllowedFor, onBehalf } from "../delegation/acting-for";
import { queueNotifications, toEach } from "../notifications";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId } from "../validate";
import { loadMission, missionaryIdsOf, missionSubject, transitionMission } from "./mission-store";

export const ZConfirmMissionInput = z.object({ missionId: ZId });

/** §3: once the embassy has validated, the labelled body confirms that it goes. */
export async function confirmMission(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZConfirmMissionInput>,
): Promise<VerbResult<{ missionId: string }>> {
  const input = parseInput(ZConfirmMissionInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    const mission = await loadMission(tx, input.missionId);
    const capacity = await assertAllowedFor(tx, "mission.confirm", who, missionSubject(mission), now);
    if (mission.status === "confirmed") return { changed: false, value: { missionId: mission.id } };
    await transitionMission(tx, actor, now, mission, "confirm", { audit: onBehalf(capacity) });
    await queueNotifications(tx, now, [
      { kind: "mission_confirmed", channel: "daect", missionId: mission.id },
      ...toEach(missionaryIdsOf(mission), { kind: "mission_confirmed", missionId: mission.id }),
    ]);
    return { changed: true, value: { missionId: mission.id } };
  });
}
