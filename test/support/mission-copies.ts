import { randomUUID } from "node:crypto";
import { dialectOf } from "../../src/db/dialect";
import type { Kit } from "./workflow-kit";

/**
 * `count` copies of an opened mission (its legs and missionaries too), written in SQL: a large list in a second,
 * where opening each through the verb would take minutes. Each copy gets its own id and reference. One statement
 * per table for all the copies (the ids bound as one JSON array); identifiers quoted, as PostgreSQL keeps camel
 * case only in quotes.
 */
export async function copyMission(kit: Kit, missionId: string, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  const d = dialectOf(kit.db);
  const copies = `(SELECT value AS id FROM (${d.valuesOf("?")}) AS v) AS copy`;
  await kit.db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(
      d.numbered(`INSERT INTO "Mission" (id, reference, "labelId", "organisationId", "countryCode", "foreignPartner",
        nature, "natureDetail", "expectedResult", "followUp", "transportCostCents", "stayCostBearer", status, version,
        "startDate", "endDate", "returnedOn", "reportDeadline", "createdById", "createdAt", "updatedAt")
        SELECT copy.id, m.reference || '-' || copy.id, m."labelId", m."organisationId", m."countryCode",
        m."foreignPartner", m.nature, m."natureDetail", m."expectedResult", m."followUp", m."transportCostCents",
        m."stayCostBearer", m.status, m.version, m."startDate", m."endDate", m."returnedOn", m."reportDeadline",
        m."createdById", m."createdAt", m."updatedAt" FROM "Mission" m, ${copies} WHERE m.id = ?`),
      JSON.stringify(ids),
      missionId,
    );
    await tx.$executeRawUnsafe(
      d.numbered(`INSERT INTO "MissionLeg" (id, "missionId", position, kind, "startDate", "endDate", "peopleCount", place)
        SELECT copy.id || '-' || g.position, copy.id, g.position, g.kind, g."startDate", g."endDate", g."peopleCount",
        g.place FROM "MissionLeg" g, ${copies} WHERE g."missionId" = ?`),
      JSON.stringify(ids),
      missionId,
    );
    await tx.$executeRawUnsafe(
      d.numbered(`INSERT INTO "MissionMissionary" ("missionId", "personId")
        SELECT copy.id, x."personId" FROM "MissionMissionary" x, ${copies} WHERE x."missionId" = ?`),
      JSON.stringify(ids),
      missionId,
    );
  });
  return ids;
}
