import { nextState, type TransitionTable } from "../domain/lifecycle";
import { type AuditInput, recordAudits } from "./audit";
import type { Actor, SqlTx } from "./context";
import { conflict } from "./guard";

/** A row with a life cycle, as the verb read it: its state, and its version where the table has one. */
export interface StatefulRow {
  id: string;
  status: string;
  version?: number;
}

/** The condition a write must hold on: the row still has the state (and version) the verb read. */
export interface ExpectedState<S extends string> {
  id: string;
  status: S;
  version?: number;
}

export interface TransitionRequest<S extends string, V extends string> {
  entity: string;
  table: TransitionTable<S, V>;
  verb: V;
  row: StatefulRow;
  /**
   * The conditional write, e.g. `updateMany({ where, data: { status: to, … } })`: Prisma models differ, so each
   * verb writes its own row; the count tells whether the row still was as read.
   */
  write: (where: ExpectedState<S>, to: S) => Promise<{ count: number }>;
  audit?: Record<string, unknown>;
  /** The audit trail's name for the step when it predates the table's verb (reimbursements say paid / waived). */
  action?: string;
  /** Other records of the same change, written with this one in one statement. */
  alsoAudit?: readonly AuditInput[];
}

/**
 * Applies one life-cycle verb: the table says whether it may start from the row's state (a wrong_state error
 * otherwise) and where it leads; the write is conditional on the state and version read, so that of two
 * concurrent calls only one changes the row and the other gets a conflict; the audit record goes in the same
 * transaction.
 */
export async function transition<S extends string, V extends string>(
  tx: SqlTx,
  actor: Actor,
  now: Date,
  request: TransitionRequest<S, V>,
): Promise<S> {
  const { entity, row, verb } = request;
  const from = row.status as S;
  const to = nextState(request.table, verb, from, entity);
  const where: ExpectedState<S> =
    row.version === undefined ? { id: row.id, status: from } : { id: row.id, status: from, version: row.version };
  const { count } = await request.write(where, to);
  if (count === 0) conflict(entity, row.id);
  await recordAudits(tx, actor, now, [
    ...(request.alsoAudit ?? []),
    {
      entityType: entity,
      entityId: row.id,
      action: request.action ?? verb,
      fromState: from,
      toState: to,
      data: request.audit,
    },
  ]);
  return to;
}
