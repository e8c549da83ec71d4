import { DomainError } from "./errors";

/** A life cycle as an explicit table: for each verb, the states it may start from and the state it leads to. */
export type TransitionTable<S extends string, V extends string> = Record<V, { from: readonly S[]; to: S }>;

export function canTransition<S extends string, V extends string>(
  table: TransitionTable<S, V>,
  verb: V,
  from: S,
): boolean {
  return table[verb].from.includes(from);
}

/** The target state of `verb` from `from`, or a wrong_state error naming both. */
export function nextState<S extends string, V extends string>(
  table: TransitionTable<S, V>,
  verb: V,
  from: S,
  entity: string,
): S {
  if (!canTransition(table, verb, from)) {
    throw new DomainError("wrong_state", { entity, state: from, action: verb });
  }
  return table[verb].to;
}
