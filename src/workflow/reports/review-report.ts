import { z } from "zod";
import { canTransition, requireComment } from "../../domain/lifecycle";
import { LIMITS } from "../../domain/limits";
import { REPORT_TRANSITIONS, type ReportState } from "../../domain/report";
import type { Actor, WorkflowContext } from "../context";
import { assertAllowedFor, onBehalf } from "../delegation/acting-for";
import { alreadyDecided, found } from "../guard";
import { loadMission, missionaryIdsOf, missionSubject, transitionMission } from "../missions/mission-store";
import { type NotificationKind, queueNotifications, toEach } from "../notifications";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { transition } from "../transition";
import { parseInput, ZId, ZOptionalText } from "../validate";

export const ZReviewReportInput = z.object({
  missionId: ZId,
  decision: z.enum(["validate", "return"]),
  comment: ZOptionalText(LIMITS.reviewComment),
});

/** R1: the labelled body validates its missionaries' report, or returns it with a comment for changes. */
export async function reviewReport(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZReviewReportInput>,
): Promise<VerbResult<{ missionId: string; status: "validated" | "returned" }>> {
  const input = parseInput(ZReviewReportInput, rawInput);
  requireComment(REPORT_TRANSITIONS, input.decision, input.comment, "comment");
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    const mission = await loadMission(tx, input.missionId);
    const capacity = await assertAllowedFor(tx, "report.review", who, missionSubject(mission), now);
    const report = found(await tx.report.findUnique({ where: { missionId: mission.id } }), "report", mission.id);
    const status = input.decision === "validate" ? "validated" : "returned";
    if (!canTransition(REPORT_TRANSITIONS, input.decision, report.status as ReportState)) {
      if (report.status === status && report.reviewedById === who.personId) {
        return { changed: false, value: { missionId: mission.id, status } };
      }
      if (report.reviewedById)
        return alreadyDecided(tx, "report", report.status, report.reviewedById, report.reviewedAt);
    }
    await transition(tx, actor, now, {
      entity: "report",
      table: REPORT_TRANSITIONS,
      verb: input.decision,
      row: report,
      write: (where, to) =>
        tx.report.updateMany({
          where,
          data: {
            status: to,
            reviewedById: who.personId,
            reviewedAt: now,
            reviewComment: input.comment ?? null,
            version: { increment: 1 },
          },
        }),
      audit: onBehalf(capacity, { comment: input.comment }),
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
