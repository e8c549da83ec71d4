import { computeReportDeadline, isPastDeadline } from "../../domain/deadline";
import { dateIn } from "../../domain/time";
import { SYSTEM_ACTOR, type Tx, type WorkflowContext } from "../context";
import { queueNotifications, toEach } from "../notifications";
import { inTransaction } from "../run";
import { type LoadedMission, loadMission, missionaryIdsOf, transitionMission } from "./mission-store";

export interface AdvanceSummary {
  departed: string[];
  returned: string[];
  overdue: string[];
}

/**
 * Moves missions along by their dates: confirmed missions start on their first day, missions in progress
 * return after their last day (opening the report window, R1), and reports not in by the deadline become
 * overdue. Each mission changes in its own transaction, conditionally, so two sweepers do it once.
 */
export async function advanceMissions(ctx: WorkflowContext): Promise<AdvanceSummary> {
  const now = ctx.clock.now();
  const today = dateIn(now);
  const summary: AdvanceSummary = { departed: [], returned: [], overdue: [] };
  const pick = { select: { id: true } } as const;

  const departing = await ctx.db.mission.findMany({
    where: { status: "confirmed", startDate: { lte: today } },
    ...pick,
  });
  for (const { id } of departing) {
    if (await step(ctx, id, "confirmed", (tx, m, at) => transitionMission(tx, SYSTEM_ACTOR, at, m, "depart"))) {
      summary.departed.push(id);
    }
  }
  const returning = await ctx.db.mission.findMany({
    where: { status: "in_progress", endDate: { lt: today } },
    ...pick,
  });
  for (const { id } of returning) {
    const done = await step(ctx, id, "in_progress", async (tx, m, at) => {
      const reportDeadline = computeReportDeadline(m.endDate);
      await transitionMission(tx, SYSTEM_ACTOR, at, m, "record_return", {
        data: { returnedOn: m.endDate, reportDeadline },
        audit: { returnedOn: m.endDate, reportDeadline },
      });
      await queueNotifications(
        tx,
        at,
        toEach(missionaryIdsOf(m), { kind: "report_requested", missionId: m.id, data: { reportDeadline } }),
      );
    });
    if (done) summary.returned.push(id);
  }
  const late = await ctx.db.mission.findMany({
    where: { status: "report_due", reportDeadline: { lt: today } },
    select: { id: true, reportDeadline: true },
  });
  for (const { id, reportDeadline } of late) {
    if (!reportDeadline || !isPastDeadline(reportDeadline, now)) continue;
    if (await step(ctx, id, "report_due", (tx, m, at) => transitionMission(tx, SYSTEM_ACTOR, at, m, "mark_overdue"))) {
      summary.overdue.push(id);
    }
  }
  return summary;
}

type Step = (tx: Tx, mission: LoadedMission, now: Date) => Promise<unknown>;

async function step(ctx: WorkflowContext, missionId: string, expected: string, apply: Step): Promise<boolean> {
  return inTransaction(ctx, async (tx, now) => {
    const mission = await loadMission(tx, missionId);
    if (mission.status !== expected) return false;
    await apply(tx, mission, now);
    return true;
  });
}
