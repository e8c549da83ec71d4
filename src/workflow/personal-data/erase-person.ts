import type { z } from "zod";
import { REPORT_OPEN_STATES } from "../../domain/mission";
import { assertErasable, erasedEmail, erasedPseudonym, scrubJson } from "../../domain/personal-data";
import { assertAllowed } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { Actor, Tx, WorkflowContext } from "../context";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput } from "../validate";
import type { PersonalDataHolder } from "./holder";
import { expertRowsOf, findPerson, type PersonRow, ZPersonKey } from "./person-records";

/** Labels in force: a suspended one is active again after its suspension, with the same focal points. */
const LABELS_IN_FORCE = ["active", "suspended"];

/** The active labels whose body has this person as its only focal point. */
async function soleFocalPointOf(tx: Tx, personId: string): Promise<string[]> {
  const roles = await tx.roleAssignment.findMany({ where: { personId, role: "focal_point" }, select: { scope: true } });
  const numbers: string[] = [];
  for (const { scope } of roles) {
    const others = await tx.roleAssignment.count({
      where: { role: "focal_point", scope, personId: { not: personId } },
    });
    if (others > 0) continue;
    const labels = await tx.label.findMany({
      where: { organisationId: scope, status: { in: LABELS_IN_FORCE } },
      select: { number: true },
      orderBy: { number: "asc" },
    });
    numbers.push(...labels.map((l) => l.number));
  }
  return numbers;
}

async function reportsDueBy(tx: Tx, personId: string): Promise<string[]> {
  const missions = await tx.mission.findMany({
    where: { status: { in: [...REPORT_OPEN_STATES] }, missionaries: { some: { personId } } },
    select: { reference: true },
    orderBy: { reference: "asc" },
  });
  return missions.map((m) => m.reference);
}

/**
 * The person's own name and e-mail leave the JSON the programme wrote about them (audit data, notification
 * payloads): the rows that may hold them are found by the database, the values replaced in JSON.
 */
async function scrubRecords(tx: Tx, before: PersonRow, after: { name: string; email: string }): Promise<number> {
  const values = [before.email, before.name];
  let scrubbed = 0;
  const events = await tx.auditEvent.findMany({
    where: { OR: values.map((value) => ({ data: { contains: value } })) },
    select: { id: true, data: true },
  });
  for (const event of events) {
    const data = event.data === null ? null : scrubJson(event.data, before, after);
    if (data === event.data) continue;
    await tx.auditEvent.update({ where: { id: event.id }, data: { data } });
    scrubbed++;
  }
  const rows = await tx.outbox.findMany({
    where: { OR: values.map((value) => ({ payload: { contains: value } })) },
    select: { id: true, payload: true },
  });
  for (const row of rows) {
    const payload = scrubJson(row.payload, before, after);
    if (payload === row.payload) continue;
    await tx.outbox.update({ where: { id: row.id }, data: { payload } });
    scrubbed++;
  }
  return scrubbed;
}

/**
 * RGPD right to erasure, in one transaction. The profile becomes a pseudonym stable from the id, so the audit and the
 * records the ministry must keep (decisions, reports, missions) still read, attributed to it; the surfaces' links and
 * conversations go, roles and snoozes go, notifications not yet delivered to the person are dropped, and the person's
 * name and e-mail leave the audit data and the remaining notifications. Refused while a body or a report depends on
 * the person (src/domain/personal-data.ts). A second erasure of the same person changes nothing.
 */
export async function erasePerson(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZPersonKey>,
  holders: readonly PersonalDataHolder[],
): Promise<VerbResult<{ personId: string; pseudonym: string }>> {
  const input = parseInput(ZPersonKey, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    assertAllowed("admin.manage", await loadActor(tx, actor));
    const person = await findPerson(tx, input.person);
    const after = { name: erasedPseudonym(person.id), email: erasedEmail(person.id) };
    const value = { personId: person.id, pseudonym: after.name };
    const erased = await tx.person.findUniqueOrThrow({ where: { id: person.id }, select: { erasedAt: true } });
    if (erased.erasedAt) return { changed: false, value };
    assertErasable({
      soleFocalPointOf: await soleFocalPointOf(tx, person.id),
      reportsDue: await reportsDueBy(tx, person.id),
    });
    // Read before the roles go: a body's focal points are among the bodies whose expert lists may name the person.
    const experts = await expertRowsOf(tx, person);
    const removed: Record<string, number> = {};
    for (const holder of holders) removed[holder.name] = await holder.erasePerson(tx, person.id);
    removed.roles = (await tx.roleAssignment.deleteMany({ where: { personId: person.id } })).count;
    removed.snoozes = (await tx.snooze.deleteMany({ where: { personId: person.id } })).count;
    // An erased person neither stands in for anyone nor has anyone stand in for them: the delegations in force end
    // (kept, revoked, as a record of who acted on whose behalf).
    removed.delegations = (
      await tx.delegation.updateMany({
        where: { OR: [{ delegatorId: person.id }, { delegateId: person.id }], revokedAt: null },
        data: { revokedAt: now, revokedById: actor.personId },
      })
    ).count;
    // Not yet delivered (or given up on): nobody will read them. Those delivered stay until the retention job.
    removed.notifications = (
      await tx.outbox.deleteMany({ where: { recipientId: person.id, status: { in: ["pending", "dead"] } } })
    ).count;
    await tx.applicationExpert.updateMany({
      where: { id: { in: experts.map((e) => e.id) } },
      data: { name: after.name, email: null },
    });
    await tx.person.update({
      where: { id: person.id },
      data: {
        email: after.email,
        name: after.name,
        function: null,
        qualifications: null,
        category: null,
        locale: "fr",
        timeZone: null,
        preferredChannel: null,
        erasedAt: now,
      },
    });
    const scrubbed = await scrubRecords(tx, person, after);
    await recordAudit(tx, actor, now, {
      entityType: "person",
      entityId: person.id,
      action: "person_erased",
      data: { pseudonym: after.name, removed, experts: experts.length, scrubbed },
    });
    return { changed: true, value };
  });
}
