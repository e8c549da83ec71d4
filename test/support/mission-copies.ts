import { randomUUID } from "node:crypto";
import type { Kit } from "./workflow-kit";

/**
 * `count` copies of an opened mission (its legs and missionaries too), written in SQL: a large list in a second,
 * where opening each through the verb would take minutes. Each copy gets its own id and reference.
 */
export async function copyMission(kit: Kit, missionId: string, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await kit.db.$transaction(async (tx) => {
    for (const id of ids) {
      await tx.$executeRaw`INSERT INTO "Mission" (id, reference, labelId, organisationId, countryCode, foreignPartner,
        nature, natureDetail, expectedResult, followUp, transportCostCents, stayCostBearer, status, version, startDate,
        endDate, returnedOn, reportDeadline, createdById, createdAt, updatedAt)
        SELECT ${id}, reference || '-' || ${id}, labelId, organisationId, countryCode, foreignPartner, nature,
        natureDetail, expectedResult, followUp, transportCostCents, stayCostBearer, status, version, startDate, endDate,
        returnedOn, reportDeadline, createdById, createdAt, updatedAt FROM "Mission" WHERE id = ${missionId}`;
      await tx.$executeRaw`INSERT INTO "MissionLeg" (id, missionId, position, kind, startDate, endDate, peopleCount, place)
        SELECT ${id} || '-' || position, ${id}, position, kind, startDate, endDate, peopleCount, place
        FROM "MissionLeg" WHERE missionId = ${missionId}`;
      await tx.$executeRaw`INSERT INTO "MissionMissionary" (missionId, personId)
        SELECT ${id}, personId FROM "MissionMissionary" WHERE missionId = ${missionId}`;
    }
  });
  return ids;
}
