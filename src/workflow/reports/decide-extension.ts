import { z } from "zod";
import { checkExtendedDeadline, EXTENSION_TRANSITIONS, type ExtensionState } from "../../domain/extension";
import { canTransition } from "../../domain/lifecycle";
import { LIMITS } from "../../domain/limits";
import { MISSION_TRANSITIONS, type MissionState } from "../../domain/mission";
import { assertAllowed } from "../../domain/roles";
import type { Actor, WorkflowContext } from "../context";
import { alreadyDecided, found } from "../guard";
import { loadMission, transitionMission, updateMissionFacts } from "../missions/mission-store";
import { queueNotifications } from "../notifications";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { transition } from "../transition";
import { parseInput, ZId, ZIsoDate, ZOptionalText } from "../validate";

export const ZExtensionDecisionInput = z.object({
  extensionId: ZId,
  decision: z.enum(["grant", "refuse"]),
  newDeadline: ZIsoDate.optional(),
  comment: ZOptionalText(LIMITS.extensionComment),
});

/** DAECT grants a new report deadline (later than the current one) or refuses, audited. */
export async function decideExtension(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZExtensionDecisionInput>,
): Promise<VerbResult<{ extensionId: string; status: "granted" | "refused" }>> {
  const input = parseInput(ZExtensionDecisionInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    assertAllowed("extension.decide", who);
    const ext = found(
      await tx.extensionRequest.findUnique({ where: { id: input.extensionId } }),
      "extension",
      input.extensionId,
    );
    const status = input.decision === "grant" ? "granted" : "refused";
    if (!canTransition(EXTENSION_TRANSITIONS, input.decision, ext.status as ExtensionState)) {
      if (ext.status === status && ext.decidedById === who.personId) {
        return { changed: false, value: { extensionId: ext.id, status } };
      }
      return alreadyDecided(tx, "extension", ext.status, ext.decidedById, ext.decidedAt);
    }
    const mission = await loadMission(tx, ext.missionId);
    const current = mission.reportDeadline ?? ext.previousDeadline;
    const newDeadline = status === "granted" ? checkExtendedDeadline(current, input.newDeadline, now) : undefined;
    await transition(tx, actor, now, {
      entity: "extension",
      table: EXTENSION_TRANSITIONS,
      verb: input.decision,
      row: ext,
      write: (where, to) =>
        tx.extensionRequest.updateMany({
          where,
          data: {
            status: to,
            grantedDeadline: newDeadline ?? null,
            decidedById: who.personId,
            decidedAt: now,
            decisionComment: input.comment ?? null,
          },
        }),
      audit: { missionId: mission.id, deadline: newDeadline, comment: input.comment },
    });
    if (newDeadline) {
      const data = { reportDeadline: newDeadline };
      // While the report is due or overdue, the mission is due again by the new date; in any other state (a
      // reimbursement pending, a report handed in that may still be returned) the deadline moves, the state stays.
      if (canTransition(MISSION_TRANSITIONS, "extend_deadline", mission.status as MissionState)) {
        await transitionMission(tx, actor, now, mission, "extend_deadline", {
          data,
          audit: { from: current, to: newDeadline },
        });
      } else {
        await updateMissionFacts(tx, mission, data);
      }
    }
    await queueNotifications(tx, now, [
      {
        kind: "extension_decided",
        recipientId: ext.requestedById,
        missionId: mission.id,
        data: { status, newDeadline, comment: input.comment },
      },
    ]);
    return { changed: true, value: { extensionId: ext.id, status } };
  });
}
