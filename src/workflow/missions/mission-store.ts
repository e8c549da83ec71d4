import type { Prisma } from "../../db/client";
import { perDialect } from "../../db/dialect";
import { MISSION_TRANSITIONS, type MissionState, type MissionVerb } from "../../domain/mission";
import type { Subject } from "../../domain/roles";
import type { AuditInput } from "../audit";
import type { Actor, Tx } from "../context";
import { conflict, found } from "../guard";
import { transition } from "../transition";

const withPeople = { legs: { orderBy: { position: "asc" } }, missionaries: true } as const;
export type LoadedMission = Prisma.MissionGetPayload<{ include: typeof withPeople }>;

type LoadedRow = Omit<LoadedMission, "legs" | "missionaries" | "createdAt" | "updatedAt"> & {
  createdAt: string | Date;
  updatedAt: string | Date;
  legs: string;
  missionaries: string;
};

/**
 * Every mission verb starts with this read, so it is one statement (legs and missionaries as JSON) rather than
 * Prisma's query per relation; the JSON functions come from src/db/dialect.ts.
 */
const loadStatement = perDialect((d) =>
  d.numbered(`
  SELECT m.*,
    (SELECT ${d.text(
      d.jsonArray(`${d.jsonObject}('id', g."id", 'missionId', g."missionId", 'position', g."position",
        'kind', g."kind", 'startDate', g."startDate", 'endDate', g."endDate", 'peopleCount', g."peopleCount",
        'place', g."place")`),
    )}
      FROM (SELECT * FROM "MissionLeg" WHERE "missionId" = m."id" ORDER BY "position") g) AS "legs",
    (SELECT ${d.text(d.jsonArray(`${d.jsonObject}('missionId', x."missionId", 'personId', x."personId")`))}
      FROM "MissionMissionary" x WHERE x."missionId" = m."id") AS "missionaries"
  FROM "Mission" m WHERE m."id" = ?`),
);

const instant = (value: string | Date): Date => (value instanceof Date ? value : new Date(value));

export async function loadMission(tx: Tx, missionId: string): Promise<LoadedMission> {
  const [row] = await tx.$queryRawUnsafe<LoadedRow[]>(loadStatement(tx), missionId);
  const m = found(row, "mission", missionId);
  return {
    ...m,
    transportCostCents: Number(m.transportCostCents),
    version: Number(m.version),
    createdAt: instant(m.createdAt),
    updatedAt: instant(m.updatedAt),
    legs: JSON.parse(m.legs) as LoadedMission["legs"],
    missionaries: JSON.parse(m.missionaries) as LoadedMission["missionaries"],
  };
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

/** Applies one life-cycle verb to the mission (see `transition`), moving its version with its state. */
export function transitionMission(
  tx: Tx,
  actor: Actor,
  now: Date,
  mission: LoadedMission,
  verb: MissionVerb,
  options: {
    data?: Prisma.MissionUncheckedUpdateManyInput;
    audit?: Record<string, unknown>;
    alsoAudit?: readonly AuditInput[];
  } = {},
): Promise<MissionState> {
  return transition(tx, actor, now, {
    entity: "mission",
    table: MISSION_TRANSITIONS,
    verb,
    row: mission,
    write: (where, to) =>
      tx.mission.updateMany({ where, data: { ...options.data, status: to, version: { increment: 1 } } }),
    audit: options.audit,
    alsoAudit: options.alsoAudit,
  });
}

/**
 * Changes a mission's facts without a life-cycle step (a deadline moved while DAECT settles a reimbursement),
 * still conditional on the state and version read, and moving the version so a concurrent verb notices.
 */
export async function updateMissionFacts(
  tx: Tx,
  mission: LoadedMission,
  data: Prisma.MissionUncheckedUpdateManyInput,
): Promise<void> {
  const { count } = await tx.mission.updateMany({
    where: { id: mission.id, status: mission.status, version: mission.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) conflict("mission", mission.id);
}
