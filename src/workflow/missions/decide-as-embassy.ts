import { z } from "zod";
import { DomainError } from "../../domain/errors";
import { requireComment } from "../../domain/lifecycle";
import { LIMITS } from "../../domain/limits";
import { MISSION_TRANSITIONS } from "../../domain/mission";
import { assertAllowed } from "../../domain/roles";
import type { Actor, WorkflowContext } from "../context";
import { alreadyDecided } from "../guard";
import { queueNotifications, toEach } from "../notifications";
import { focalPointIds, loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId, ZOptionalText } from "../validate";
import { loadMission, transitionMission } from "./mission-store";

export const ZEmbassyDecisionInput = z.object({
  missionId: ZId,
  decision: z.enum(["validate", "refuse"]),
  comment: ZOptionalText(LIMITS.embassyComment),
  /** The version of the terms the embassy read (the card's round): a decision on older terms is refused. */
  round: z.number().int().min(0).optional(),
});

/**
 * M1: the French embassy of the mission's country validates or refuses it. The first decision of a round
 * wins; anyone clicking after is told who decided and when.
 */
export async function decideAsEmbassy(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZEmbassyDecisionInput>,
): Promise<VerbResult<{ missionId: string; decision: "validated" | "refused" }>> {
  const input = parseInput(ZEmbassyDecisionInput, rawInput);
  const verb = input.decision === "validate" ? "embassy_validate" : "embassy_refuse";
  requireComment(MISSION_TRANSITIONS, verb, input.comment, "comment");
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    const mission = await loadMission(tx, input.missionId);
    assertAllowed("mission.embassy_decide", who, { countryCode: mission.countryCode });
    const decision = input.decision === "validate" ? ("validated" as const) : ("refused" as const);
    if (mission.status !== "awaiting_embassy") {
      // A late or second click: the round was decided already (the version moved with the decision).
      const last = await tx.embassyDecision.findFirst({ where: { missionId: mission.id }, orderBy: { round: "desc" } });
      if (last?.decidedById === who.personId && last.decision === decision) {
        return { changed: false, value: { missionId: mission.id, decision } };
      }
      if (last) return alreadyDecided(tx, "mission", last.decision, last.decidedById, last.decidedAt);
    }
    if (mission.status === "awaiting_embassy" && input.round !== undefined && input.round !== mission.version) {
      throw new DomainError("mission_changed", { reference: mission.reference, round: input.round });
    }
    await tx.embassyDecision.create({
      data: {
        missionId: mission.id,
        round: mission.version,
        decision,
        comment: input.comment ?? null,
        decidedById: who.personId,
        platform: actor.platform,
        decidedAt: now,
      },
    });
    await transitionMission(tx, actor, now, mission, verb, { audit: { comment: input.comment } });
    const data = { decision, comment: input.comment, by: who.name, at: now.toISOString() };
    await queueNotifications(tx, now, [
      { kind: "embassy_decided", channel: "daect", missionId: mission.id, data },
      ...toEach(await focalPointIds(tx, mission.organisationId), {
        kind: "embassy_decided",
        missionId: mission.id,
        data,
      }),
    ]);
    return { changed: true, value: { missionId: mission.id, decision } };
  });
}
