import type { Prisma } from "../../db/client";
import { nextState } from "../../domain/lifecycle";
import { MISSION_TRANSITIONS, type MissionState, type MissionVerb } from "../../domain/mission";
import type { Subject } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { Actor, Tx } from "../context";
import { conflict, found } from "../guard";

const withPeople = { legs: { orderBy: { position: "asc" } }, missionaries: true } as const;
export type LoadedMission = Prisma.MissionGetPayload<{ include: typeof withPeople }>;

export async function loadMission(tx: Tx, missionId: string): Promise<LoadedMission> {
  return found(await tx.mission.findUnique({ where: { id: missionId }, include: withPeople }), "mission", missionId);
}

export function missionSubject(mission: LoadedMission): Subject {
  return {
    organisationId: mission.organisationId,
    countryCode: mission.countryCode,
    missionaryIds: mission.missionaries.map((m) => m.personId),
  };
}

export function missionaryIdsOf(mission: LoadedMission): string[] {
  return mission.missionaries.map((m) => m.personId);
}

/**
 * Applies one life-cycle verb as a conditional update on the state and version we read, with its audit
 * record, so that of two concurrent calls only one changes the mission.
 */
export async function transitionMission(
  tx: Tx,
  actor: Actor,
  now: Date,
  mission: LoadedMission,
  verb: MissionVerb,
  options: { data?: Prisma.MissionUncheckedUpdateManyInput; audit?: Record<string, unknown> } = {},
): Promise<MissionState> {
  const from = mission.status as MissionState;
  const to = nextState(MISSION_TRANSITIONS, verb, from, "mission");
  const { count } = await tx.mission.updateMany({
    where: { id: mission.id, status: from, version: mission.version },
    data: { ...options.data, status: to, version: { increment: 1 } },
  });
  if (count === 0) conflict("mission", mission.id);
  await recordAudit(tx, actor, now, {
    entityType: "mission",
    entityId: mission.id,
    action: verb,
    fromState: from,
    toState: to,
    data: options.audit,
  });
  return to;
}
