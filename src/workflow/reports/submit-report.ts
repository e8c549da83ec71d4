import { z } from "zod";
import { isPastDeadline } from "../../domain/deadline";
import { DomainError } from "../../domain/errors";
import { LIMITS } from "../../domain/limits";
import { isReportWritable, NEW_REPORT_STATE, REPORT_TRANSITIONS } from "../../domain/report";
import { assertAllowed } from "../../domain/roles";
import { type AuditInput, recordAudits } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { alreadyDecided } from "../guard";
import { loadMission, missionSubject, transitionMission } from "../missions/mission-store";
import { queueNotifications, toEach } from "../notifications";
import { focalPointRecipients, loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { transition } from "../transition";
import { parseInput, ZId, ZOptionalText, ZText } from "../validate";

/** R3: the mission's object, whether a complementary action could follow, whether contacts can lead further. */
export const ZReportInput = z.object({
  missionId: ZId,
  objectAccount: ZText(LIMITS.objectAccount),
  complementaryAction: z.boolean(),
  complementaryDetail: ZOptionalText(LIMITS.complementaryDetail),
  longTermCooperation: z.boolean(),
  cooperationDetail: ZOptionalText(LIMITS.cooperationDetail),
});
export type ReportInput = z.input<typeof ZReportInput>;

/**
 * R1/R3: a missionary (or the focal point for them) submits the report, for the body to validate. A late
 * report is still taken while a reimbursement is pending (R2); DAECT then decides whether to waive.
 */
export async function submitReport(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: ReportInput,
): Promise<VerbResult<{ missionId: string; reportId: string; late: boolean }>> {
  const { missionId, ...report } = parseInput(ZReportInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    const mission = await loadMission(tx, missionId);
    assertAllowed("report.submit", who, missionSubject(mission));
    const existing = await tx.report.findUnique({ where: { missionId } });
    if (existing && existing.status !== "returned") {
      if (existing.submittedById === who.personId && existing.objectAccount === report.objectAccount) {
        return { changed: false, value: { missionId, reportId: existing.id, late: existing.late } };
      }
      return alreadyDecided(tx, "report", existing.status, existing.submittedById, existing.submittedAt);
    }
    if (!isReportWritable(mission.status, existing?.status)) {
      throw new DomainError("wrong_state", { entity: "mission", state: mission.status, action: "submit_report" });
    }
    const late = mission.reportDeadline ? isPastDeadline(mission.reportDeadline, now) : false;
    const fields = {
      ...report,
      complementaryDetail: report.complementaryDetail ?? null,
      cooperationDetail: report.cooperationDetail ?? null,
      submittedById: who.personId,
      submittedAt: now,
      late,
      reviewedById: null,
      reviewedAt: null,
      reviewComment: null,
    };
    let reportId: string;
    // A first report's own record goes with the mission's step, in one statement.
    const alsoAudit: AuditInput[] = [];
    if (existing) {
      reportId = existing.id;
      await transition(tx, actor, now, {
        entity: "report",
        table: REPORT_TRANSITIONS,
        verb: "resubmit",
        row: existing,
        write: (where, to) =>
          tx.report.updateMany({ where, data: { ...fields, status: to, version: { increment: 1 } } }),
        audit: { late },
      });
    } else {
      reportId = (
        await tx.report.create({ data: { missionId, ...fields, status: NEW_REPORT_STATE }, select: { id: true } })
      ).id;
      alsoAudit.push({
        entityType: "report",
        entityId: reportId,
        action: "submit",
        toState: NEW_REPORT_STATE,
        data: { late },
      });
    }
    const pendingReimbursement = mission.status === "reimbursement_requested";
    if (pendingReimbursement) await recordAudits(tx, actor, now, alsoAudit);
    else await transitionMission(tx, actor, now, mission, "submit_report", { audit: { late }, alsoAudit });
    await queueNotifications(tx, now, [
      ...toEach(await focalPointRecipients(tx, mission.organisationId, now), { kind: "report_submitted", missionId }),
      ...(pendingReimbursement ? [{ kind: "late_report" as const, channel: "daect" as const, missionId }] : []),
    ]);
    return { changed: true, value: { missionId, reportId, late } };
  });
}
