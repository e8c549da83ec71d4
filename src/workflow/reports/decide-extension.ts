import { z } from "zod";
import { isPastDeadline } from "../../domain/deadline";
import { DomainError } from "../../domain/errors";
import { assertAllowed } from "../../domain/roles";
import { daysBetween } from "../../domain/time";
import { recordAudit } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { alreadyDecided, conflict, found } from "../guard";
import { loadMission, transitionMission } from "../missions/mission-store";
import { queueNotifications } from "../notifications";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId, ZIsoDate, ZOptionalText } from "../validate";

export const ZExtensionDecisionInput = z.object({
  extensionId: ZId,
  decision: z.enum(["grant", "refuse"]),
  newDeadline: ZIsoDate.optional(),
  comment: ZOptionalText(2000),
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
    if (ext.status !== "pending") {
      if (ext.status === status && ext.decidedById === who.personId) {
        return { changed: false, value: { extensionId: ext.id, status } };
      }
      return alreadyDecided(tx, "extension", ext.status, ext.decidedById, ext.decidedAt);
    }
    const mission = await loadMission(tx, ext.missionId);
    const current = mission.reportDeadline ?? ext.previousDeadline;
    if (status === "granted") {
      if (!input.newDeadline) throw new DomainError("invalid_input", { field: "newDeadline" }, "newDeadline");
      if (daysBetween(current, input.newDeadline) <= 0 || isPastDeadline(input.newDeadline, now)) {
        throw new DomainError("date_order", { start: current, end: input.newDeadline }, "newDeadline");
      }
    }
    const { count } = await tx.extensionRequest.updateMany({
      where: { id: ext.id, status: "pending" },
      data: {
        status,
        grantedDeadline: status === "granted" ? (input.newDeadline ?? null) : null,
        decidedById: who.personId,
        decidedAt: now,
        decisionComment: input.comment ?? null,
      },
    });
    if (count === 0) conflict("extension", ext.id);
    if (status === "granted" && input.newDeadline) {
      if (mission.status === "report_due" || mission.status === "report_overdue") {
        await transitionMission(tx, actor, now, mission, "extend_deadline", {
          data: { reportDeadline: input.newDeadline },
          audit: { from: current, to: input.newDeadline },
        });
      } else {
        await tx.mission.update({ where: { id: mission.id }, data: { reportDeadline: input.newDeadline } });
      }
    }
    await recordAudit(tx, actor, now, {
      entityType: "mission",
      entityId: mission.id,
      action: `extension_${status}`,
      data: { extensionId: ext.id, deadline: input.newDeadline, comment: input.comment },
    });
    await queueNotifications(tx, now, [
      {
        kind: "extension_decided",
        recipientId: ext.requestedById,
        missionId: mission.id,
        data: { status, newDeadline: input.newDeadline, comment: input.comment },
      },
    ]);
    return { changed: true, value: { extensionId: ext.id, status } };
  });
}
