import type { Db } from "../../db/client";
import { isValidTimeZone } from "../../domain/quiet-hours";
import { chunks, type PromptRecipient } from "./prompt";
import { findPeople } from "./sweep-sql";

export type PersonRecipient = Extract<PromptRecipient, { type: "person" }>;

/** The people prompts go to, with the zone their quiet hours are counted in. */
export async function loadPeople(
  db: Db,
  personIds: Iterable<string>,
  defaultTimeZone: string,
): Promise<Map<string, PersonRecipient>> {
  const people = new Map<string, PersonRecipient>();
  const zones = new Map<string | null, string>();
  const zoneOf = (zone: string | null) => {
    if (!zones.has(zone)) zones.set(zone, isValidTimeZone(zone) ? zone : defaultTimeZone);
    return zones.get(zone) ?? defaultTimeZone;
  };
  for (const ids of chunks([...new Set(personIds)], 5000)) {
    for (const p of await findPeople(db, ids)) {
      people.set(p.id, {
        type: "person",
        personId: p.id,
        name: p.name,
        email: p.email,
        timeZone: zoneOf(p.timeZone),
      });
    }
  }
  return people;
}

/** The focal points of each body, for validation reminders and label warnings (R1). */
export async function focalPointsByOrganisation(
  db: Db,
  organisationIds: Iterable<string>,
): Promise<Map<string, string[]>> {
  const byOrg = new Map<string, string[]>();
  for (const ids of chunks([...new Set(organisationIds)], 500)) {
    const rows = await db.roleAssignment.findMany({
      where: { role: "focal_point", scope: { in: ids } },
      select: { personId: true, scope: true },
    });
    for (const r of rows) byOrg.set(r.scope, [...(byOrg.get(r.scope) ?? []), r.personId]);
  }
  return byOrg;
}
