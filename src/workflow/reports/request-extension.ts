import { z } from "zod";
import { DomainError } from "../../domain/errors";
import { LIMITS } from "../../domain/limits";
import { type MissionState, REPORT_OPEN_STATES } from "../../domain/mission";
import { assertAllowed } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { loadMission, missionSubject } from "../missions/mission-store";
import { queueNotifications } from "../notifications";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId, ZText } from "../validate";

export const ZExtensionRequestInput = z.object({ missionId: ZId, reason: ZText(LIMITS.extensionReason) });

/** A missionary asks DAECT for more time to report, with a reason. */
export async function requestExtension(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZExtensionRequestInput>,
): Promise<VerbResult<{ extensionId: string }>> {
  const input = parseInput(ZExtensionRequestInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    const mission = await loadMission(tx, input.missionId);
    assertAllowed("extension.request", who, missionSubject(mission));
    if (!REPORT_OPEN_STATES.includes(mission.status as MissionState) || !mission.reportDeadline) {
      throw new DomainError("wrong_state", { entity: "mission", state: mission.status, action: "request_extension" });
    }
    const pending = await tx.extensionRequest.findFirst({ where: { missionId: mission.id, status: "pending" } });
    if (pending) return { changed: false, value: { extensionId: pending.id } };
    const row = await tx.extensionRequest.create({
      data: {
        missionId: mission.id,
        requestedById: who.personId,
        reason: input.reason,
        status: "pending",
        previousDeadline: mission.reportDeadline,
      },
    });
    await recordAudit(tx, actor, now, {
      entityType: "mission",
      entityId: mission.id,
      action: "request_extension",
      data: { reason: input.reason, deadline: mission.reportDeadline },
    });
    await queueNotifications(tx, now, [
      { kind: "extension_requested", channel: "daect", missionId: mission.id, data: { extensionId: row.id } },
    ]);
    return { changed: true, value: { extensionId: row.id } };
  });
}
