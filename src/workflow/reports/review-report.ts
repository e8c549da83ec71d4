import { z } from "zod";
import { DomainError } from "../../domain/errors";
import { isReportReviewable } from "../../domain/report";
import { assertAllowed } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { alreadyDecided, conflict, found } from "../guard";
import { loadMission, missionaryIdsOf, missionSubject, transitionMission } from "../missions/mission-store";
import { type NotificationKind, queueNotifications, toEach } from "../notifications";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId, ZOptionalText } from "../validate";

export const ZReviewReportInput = z.object({
  missionId: ZId,
  decision: z.enum(["validate", "return"]),
  comment: ZOptionalText(3000),
});

/** R1: the labelled body validates its missionaries' report, or returns it with a comment for changes. */
export async function reviewReport(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZReviewReportInput>,
): Promise<VerbResult<{ missionId: string; status: "validated" | "returned" }>> {
  const input = parseInput(ZReviewReportInput, rawInput);
  if (input.decision === "return" && !input.comment) throw new DomainError("comment_required", {}, "comment");
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    const mission = await loadMission(tx, input.missionId);
    assertAllowed("report.review", who, missionSubject(mission));
    const report = found(await tx.report.findUnique({ where: { missionId: mission.id } }), "report", mission.id);
    const status = input.decision === "validate" ? "validated" : "returned";
    if (!isReportReviewable(report.status)) {
      if (report.status === status && report.reviewedById === who.personId) {
        return { changed: false, value: { missionId: mission.id, status } };
      }
      if (report.reviewedById)
        return alreadyDecided(tx, "report", report.status, report.reviewedById, report.reviewedAt);
      throw new DomainError("wrong_state", { entity: "report", state: report.status, action: input.decision });
    }
    const { count } = await tx.report.updateMany({
      where: { id: report.id, status: "submitted", version: report.version },
      data: {
        status,
        reviewedById: who.personId,
        reviewedAt: now,
        reviewComment: input.comment ?? null,
        version: { increment: 1 },
      },
    });
    if (count === 0) conflict("report", report.id);
    await recordAudit(tx, actor, now, {
      entityType: "report",
      entityId: report.id,
      action: input.decision,
      fromState: "submitted",
      toState: status,
      data: { comment: input.comment },
    });
    // With a reimbursement pending, the mission's state is DAECT's to settle; the report only changes.
    if (mission.status === "report_submitted") {
      await transitionMission(
        tx,
        actor,
        now,
        mission,
        input.decision === "validate" ? "validate_report" : "return_report",
      );
    }
    const kind: NotificationKind = status === "validated" ? "report_validated" : "report_returned";
    const data = { comment: input.comment, by: who.name };
    await queueNotifications(tx, now, [
      ...toEach(missionaryIdsOf(mission), { kind, missionId: mission.id, data }),
      ...(status === "validated" ? [{ kind, channel: "daect" as const, missionId: mission.id, data }] : []),
    ]);
    return { changed: true, value: { missionId: mission.id, status } };
  });
}
