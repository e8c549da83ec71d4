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

/**
 * The focal points of each body, for validation reminders and label warnings (R1), with whoever stands in for one
 * of them on `today` (src/domain/delegation.ts): a reminder reaches the stand-in as well as the absent.
 */
export async function focalPointsByOrganisation(
  db: Db,
  organisationIds: Iterable<string>,
  today: string,
): Promise<Map<string, string[]>> {
  const byOrg = new Map<string, string[]>();
  const add = (scope: string, personId: string) => {
    const ids = byOrg.get(scope) ?? [];
    if (!ids.includes(personId)) byOrg.set(scope, [...ids, personId]);
  };
  for (const ids of chunks([...new Set(organisationIds)], 500)) {
    const rows = await db.roleAssignment.findMany({
      where: { role: "focal_point", scope: { in: ids } },
      select: { personId: true, scope: true },
    });
    for (const r of rows) add(r.scope, r.personId);
    const standIns = await db.delegation.findMany({
      where: {
        role: "focal_point",
        scope: { in: ids },
        revokedAt: null,
        fromDate: { lte: today },
        toDate: { gte: today },
      },
      select: { delegatorId: true, delegateId: true, scope: true },
    });
    // A stand-in for someone no longer focal point of the body stands in for nothing.
    const holds = new Set(rows.map((r) => `${r.scope} ${r.personId}`));
    for (const d of standIns) if (holds.has(`${d.scope} ${d.delegatorId}`)) add(d.scope, d.delegateId);
  }
  return byOrg;
}
