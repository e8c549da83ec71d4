import { DomainError } from "../domain/errors";
import type { Tx } from "./context";
import { personName } from "./people";

/** Found or a not_found error naming the entity, for every verb's first read. */
export function found<T>(value: T | null | undefined, entity: string, id: string): T {
  if (value === null || value === undefined) throw new DomainError("not_found", { entity, id });
  return value;
}

/** The error for a second, different decision: it names who decided first and when. */
export async function alreadyDecided(
  tx: Tx,
  entity: string,
  decision: string,
  byId: string | null | undefined,
  at: Date | null | undefined,
): Promise<never> {
  throw new DomainError("already_decided", {
    entity,
    decision,
    by: await personName(tx, byId),
    at: at?.toISOString(),
  });
}

/**
 * A conditional update lost a race: someone changed the row between our read and our write. Inside one
 * SQLite transaction this cannot happen; on PostgreSQL it can, and the caller may retry.
 */
export function conflict(entity: string, id: string): never {
  throw new DomainError("conflict", { entity, id });
}
