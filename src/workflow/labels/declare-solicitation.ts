import { z } from "zod";
import { Prisma } from "../../db/client";
import { executeSql, readSql } from "../../db/direct-reads";
import { DomainError } from "../../domain/errors";
import { LIMITS } from "../../domain/limits";
import { assertAllowed, focalPointOrganisations } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { queueNotifications } from "../notifications";
import { loadActor } from "../people";
import { sqlInstant } from "../reminders/sweep-sql";
import { newRowId } from "../row-id";
import { inSqlTransaction, type VerbResult } from "../run";
import { parseInput, ZCountryCode, ZId, ZIsoDate, ZText } from "../validate";

export const ZSolicitationInput = z.object({
  organisationId: ZId.optional(),
  fromWhom: ZText(LIMITS.solicitationFrom),
  countryCode: ZCountryCode,
  subject: ZText(LIMITS.solicitationSubject),
  receivedOn: ZIsoDate,
});

/** M2: a labelled body tells DAECT of every solicitation it receives elsewhere because of its label. */
export async function declareSolicitation(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZSolicitationInput>,
): Promise<VerbResult<{ solicitationId: string; countryCode: string }>> {
  const input = parseInput(ZSolicitationInput, rawInput);
  return inSqlTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    const bodies = focalPointOrganisations(who);
    const organisationId = input.organisationId ?? (bodies.length === 1 ? bodies[0] : undefined);
    if (!organisationId) throw new DomainError("invalid_input", { field: "organisationId" }, "organisationId");
    assertAllowed("solicitation.declare", who, { organisationId });
    // The body's current label and an identical declaration already made, in one statement rather than two
    // Prisma reads (about a millisecond of CPU each). Standard SQL (scalar subqueries, double-quoted identifiers,
    // Prisma's placeholders): it runs as is on PostgreSQL, and on SQLite's driver directly (src/db/direct-reads.ts).
    const [found] = await readSql<{ labelId: string | null; duplicateId: string | null }>(
      tx,
      Prisma.sql`
      SELECT
        (SELECT l."id" FROM "Label" l WHERE l."organisationId" = ${organisationId} AND l."status" IN ('active', 'suspended')
          ORDER BY l."validFrom" DESC LIMIT 1) AS "labelId",
        (SELECT s."id" FROM "Solicitation" s WHERE s."organisationId" = ${organisationId}
          AND s."fromWhom" = ${input.fromWhom} AND s."subject" = ${input.subject}
          AND s."receivedOn" = ${input.receivedOn} LIMIT 1) AS "duplicateId"`,
    );
    if (!found?.labelId) throw new DomainError("label_not_active", {}, "organisationId");
    if (found.duplicateId)
      return { changed: false, value: { solicitationId: found.duplicateId, countryCode: input.countryCode } };
    // The row in SQL too, as Prisma's create would write it: a cuid-shaped id, the instant in the adapter's text form.
    const solicitation = { id: newRowId() };
    await executeSql(
      tx,
      Prisma.sql`
      INSERT INTO "Solicitation" ("id", "organisationId", "labelId", "fromWhom", "countryCode", "subject", "receivedOn",
        "declaredById", "createdAt")
      VALUES (${solicitation.id}, ${organisationId}, ${found.labelId}, ${input.fromWhom}, ${input.countryCode},
        ${input.subject}, ${input.receivedOn}, ${who.personId}, ${sqlInstant(now)})`,
    );
    await recordAudit(tx, actor, now, {
      entityType: "solicitation",
      entityId: solicitation.id,
      action: "declare",
      data: { fromWhom: input.fromWhom, country: input.countryCode },
    });
    await queueNotifications(tx, now, [
      { kind: "solicitation_declared", channel: "daect", data: { solicitationId: solicitation.id } },
    ]);
    // The code as stored, so a confirmation names the country the person typed.
    return { changed: true, value: { solicitationId: solicitation.id, countryCode: input.countryCode } };
  });
}
