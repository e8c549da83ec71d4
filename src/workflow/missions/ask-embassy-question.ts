import { z } from "zod";
import { LIMITS } from "../../domain/limits";
import { recordAudit } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { assertAllowedFor, onBehalf } from "../delegation/acting-for";
import { queueNotifications } from "../notifications";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId, ZText } from "../validate";
import { loadMission } from "./mission-store";

export const ZEmbassyQuestionInput = z.object({ missionId: ZId, question: ZText(LIMITS.embassyQuestion) });

/** Before deciding, the embassy asks DAECT about a mission; DAECT reads it in its channel. */
export async function askEmbassyQuestion(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZEmbassyQuestionInput>,
): Promise<VerbResult<{ missionId: string }>> {
  const input = parseInput(ZEmbassyQuestionInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    const mission = await loadMission(tx, input.missionId);
    const subject = { countryCode: mission.countryCode };
    const capacity = await assertAllowedFor(tx, "mission.embassy_decide", who, subject, now);
    await recordAudit(tx, actor, now, {
      entityType: "mission",
      entityId: mission.id,
      action: "embassy_question",
      data: onBehalf(capacity, { question: input.question }),
    });
    await queueNotifications(tx, now, [
      {
        kind: "embassy_question",
        channel: "daect",
        missionId: mission.id,
        data: { question: input.question, by: who.name, byId: who.personId, country: mission.countryCode },
      },
    ]);
    return { changed: true, value: { missionId: mission.id } };
  });
}
