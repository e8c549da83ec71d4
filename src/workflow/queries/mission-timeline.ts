import { z } from "zod";
import { assertAllowed } from "../../domain/roles";
import type { Actor, WorkflowContext } from "../context";
import { loadMission, missionSubject } from "../missions/mission-store";
import { loadActor } from "../people";
import { inTransaction } from "../run";
import { parseInput, ZId } from "../validate";

export const ZTimelineInput = z.object({ missionId: ZId });

export interface TimelineEntry {
  at: Date;
  action: string;
  entityType: string;
  fromState: string | null;
  toState: string | null;
  actor: string;
  platform: string;
  data: Record<string, unknown> | null;
}

/** Everything that happened to a mission, its report, reimbursement and extensions, oldest first. */
export async function missionTimeline(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZTimelineInput>,
): Promise<{ reference: string; status: string; entries: TimelineEntry[] }> {
  const input = parseInput(ZTimelineInput, rawInput);
  return inTransaction(ctx, async (tx) => {
    const mission = await loadMission(tx, input.missionId);
    assertAllowed("mission.view", await loadActor(tx, actor), missionSubject(mission));
    const [report, reimbursement, extensions] = await Promise.all([
      tx.report.findUnique({ where: { missionId: mission.id }, select: { id: true } }),
      tx.reimbursement.findUnique({ where: { missionId: mission.id }, select: { id: true } }),
      tx.extensionRequest.findMany({ where: { missionId: mission.id }, select: { id: true } }),
    ]);
    const ids = [mission.id, report?.id, reimbursement?.id, ...extensions.map((e) => e.id)].filter((id): id is string =>
      Boolean(id),
    );
    const events = await tx.auditEvent.findMany({
      where: { entityId: { in: ids } },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });
    const people = await tx.person.findMany({
      where: { id: { in: events.map((e) => e.actorId).filter((id): id is string => Boolean(id)) } },
      select: { id: true, name: true },
    });
    const names = new Map(people.map((p) => [p.id, p.name]));
    return {
      reference: mission.reference,
      status: mission.status,
      entries: events.map((e) => ({
        at: e.at,
        action: e.action,
        entityType: e.entityType,
        fromState: e.fromState,
        toState: e.toState,
        actor: e.actorId ? (names.get(e.actorId) ?? e.actorId) : "EXPE-CT",
        platform: e.platform,
        data: e.data ? (JSON.parse(e.data) as Record<string, unknown>) : null,
      })),
    };
  });
}
