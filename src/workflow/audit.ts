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
export async function recordAudit(tx: Tx, actor: Actor, at: Date, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      at,
      actorId: actor.personId,
      platform: actor.platform,
      entityType: input.entityType,
      entityId: input.entityId,
      action: input.action,
      fromState: input.fromState ?? null,
      toState: input.toState ?? null,
      data: input.data ? JSON.stringify(input.data) : null,
    },
  });
}
