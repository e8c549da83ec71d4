import type { Actor, Tx } from "./context";

export interface AuditInput {
  entityType: string;
  entityId: string;
  action: string;
  fromState?: string | null;
  toState?: string | null;
  data?: Record<string, unknown>;
}

/** Every transition records who, from where, when and what changed, in the change's own transaction. */
export function recordAudit(tx: Tx, actor: Actor, at: Date, input: AuditInput): Promise<void> {
  return recordAudits(tx, actor, at, [input]);
}

/** Several records of one change (a report filed and its mission moved) in one statement. */
export async function recordAudits(tx: Tx, actor: Actor, at: Date, inputs: readonly AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await tx.auditEvent.createMany({
    data: inputs.map((input) => ({
      at,
      actorId: actor.personId,
      platform: actor.platform,
      entityType: input.entityType,
      entityId: input.entityId,
      action: input.action,
      fromState: input.fromState ?? null,
      toState: input.toState ?? null,
      data: input.data ? JSON.stringify(input.data) : null,
    })),
  });
}
