import { z } from "zod";
import { computeReportDeadline } from "../../domain/deadline";
import { DomainError } from "../../domain/errors";
import { assertAllowed } from "../../domain/roles";
import { dateIn, daysBetween } from "../../domain/time";
import type { Actor, WorkflowContext } from "../context";
import { queueNotifications, toEach } from "../notifications";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId, ZIsoDate } from "../validate";
import { loadMission, missionaryIdsOf, missionSubject, transitionMission } from "./mission-store";

export const ZRecordReturnInput = z.object({ missionId: ZId, returnedOn: ZIsoDate.optional() });

/**
 * R1: the return opens the two-month report window. The return date defaults to the end of the last leg;
 * an earlier return (a shortened mission) moves the deadline earlier too.
 */
export async function recordReturn(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZRecordReturnInput>,
): Promise<VerbResult<{ missionId: string; reportDeadline: string }>> {
  const input = parseInput(ZRecordReturnInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const mission = await loadMission(tx, input.missionId);
    if (actor.platform !== "scheduler") {
      assertAllowed("mission.record_return", await loadActor(tx, actor), missionSubject(mission));
    }
    if (mission.returnedOn && mission.reportDeadline) {
      return { changed: false, value: { missionId: mission.id, reportDeadline: mission.reportDeadline } };
    }
    const returnedOn = input.returnedOn ?? mission.endDate;
    if (daysBetween(mission.startDate, returnedOn) < 0) {
      throw new DomainError("date_order", { start: mission.startDate, end: returnedOn }, "returnedOn");
    }
    if (daysBetween(dateIn(now), returnedOn) > 0) {
      throw new DomainError("invalid_input", { field: "returnedOn", reason: "future" }, "returnedOn");
    }
    const reportDeadline = computeReportDeadline(returnedOn);
    await transitionMission(tx, actor, now, mission, "record_return", {
      data: { returnedOn, reportDeadline },
      audit: { returnedOn, reportDeadline },
    });
    await queueNotifications(
      tx,
      now,
      toEach(missionaryIdsOf(mission), { kind: "report_requested", missionId: mission.id, data: { reportDeadline } }),
    );
    return { changed: true, value: { missionId: mission.id, reportDeadline } };
  });
}
