import { Prisma } from "../db/client";
import { executeSql } from "../db/direct-reads";
import type { Actor, SqlTx } from "./context";
import { sqlInstant } from "./reminders/sweep-sql";
import { newRowId } from "./row-id";

export interface AuditInput {
  entityType: string;
  entityId: string;
  action: string;
  fromState?: string | null;
  toState?: string | null;
  data?: Record<string, unknown>;
}

/** Every transition records who, from where, when and what changed, in the change's own transaction. */
export function recordAudit(tx: SqlTx, actor: Actor, at: Date, input: AuditInput): Promise<void> {
  return recordAudits(tx, actor, at, [input]);
}

/**
 * Several records of one change (a report filed and its mission moved) in one statement, written as SQL: Prisma's
 * createMany costs about half a millisecond of CPU on every verb's path. Standard SQL (double-quoted identifiers,
 * bound values, no SQLite function), so it runs on PostgreSQL as it is; instants in the adapter's text form.
 */
export async function recordAudits(tx: SqlTx, actor: Actor, at: Date, inputs: readonly AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const when = sqlInstant(at);
  const rows = inputs.map(
    (input) =>
      Prisma.sql`(${newRowId()}, ${when}, ${actor.personId}, ${actor.platform}, ${input.entityType}, ${input.entityId},
        ${input.action}, ${input.fromState ?? null}, ${input.toState ?? null},
        ${input.data ? JSON.stringify(input.data) : null})`,
  );
  await executeSql(
    tx,
    Prisma.sql`
    INSERT INTO "AuditEvent" ("id", "at", "actorId", "platform", "entityType", "entityId", "action", "fromState",
      "toState", "data")
    VALUES ${Prisma.join(rows)}`,
  );
}
