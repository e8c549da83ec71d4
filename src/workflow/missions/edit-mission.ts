import { z } from "zod";
import { DomainError } from "../../domain/errors";
import { assertAllowed } from "../../domain/roles";
import type { Actor, WorkflowContext } from "../context";
import { queueNotifications } from "../notifications";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId } from "../validate";
import { checkMissionTerms, legRows, missionColumns, resolveMissionaries, ZMissionInput } from "./mission-input";
import { loadMission, transitionMission } from "./mission-store";

export const ZEditMissionInput = ZMissionInput.extend({
  missionId: ZId,
  /** The version the form was filled from: a form older than the mission (sent twice, or overtaken) changes nothing. */
  expectedVersion: z.number().int().min(0).optional(),
});

/** DAECT changes the terms before departure; the embassy then sees the mission again (a new round). */
export async function editMission(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZEditMissionInput>,
): Promise<VerbResult<{ missionId: string }>> {
  const { missionId, expectedVersion, ...input } = parseInput(ZEditMissionInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    assertAllowed("mission.edit", who);
    const mission = await loadMission(tx, missionId);
    if (expectedVersion !== undefined && expectedVersion !== mission.version)
      return { changed: false, value: { missionId } };
    const terms = await checkMissionTerms(tx, input, now);
    if (terms.label.organisationId !== mission.organisationId) {
      throw new DomainError("invalid_input", { field: "labelId" }, "labelId");
    }
    const missionaryIds = await resolveMissionaries(tx, input, mission.organisationId);
    await tx.missionLeg.deleteMany({ where: { missionId } });
    await tx.missionLeg.createMany({ data: legRows(input).map((leg) => ({ ...leg, missionId })) });
    await tx.missionMissionary.deleteMany({ where: { missionId } });
    await tx.missionMissionary.createMany({ data: missionaryIds.map((personId) => ({ missionId, personId })) });
    await transitionMission(tx, actor, now, mission, "edit", {
      data: { ...missionColumns(input), labelId: terms.label.id, startDate: terms.startDate, endDate: terms.endDate },
      audit: { before: { country: mission.countryCode, start: mission.startDate, end: mission.endDate }, after: input },
    });
    await queueNotifications(tx, now, [
      {
        kind: "embassy_validation_requested",
        channel: `embassy:${input.countryCode}`,
        missionId,
        data: { round: mission.version + 1, edited: true },
      },
      { kind: "mission_updated", channel: "daect", missionId, data: { event: "edited" } },
    ]);
    return { changed: true, value: { missionId } };
  });
}
