import { DomainError } from "./errors";

/**
 * A life cycle as an explicit table: for each verb, the states it may start from and the state it leads to.
 * `needsComment` marks the decisions that must say why (a refusal, a return), checked by `requireComment`.
 */
export type TransitionTable<S extends string, V extends string> = Record<
  V,
  { from: readonly S[]; to: S; needsComment?: true }
>;

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

/** A decision the table marks as needing a comment is refused without one, on the form's `field`. */
export function requireComment<S extends string, V extends string>(
  table: TransitionTable<S, V>,
  verb: V,
  comment: string | null | undefined,
  field: string,
): void {
  if (table[verb].needsComment && !comment?.trim()) throw new DomainError("comment_required", {}, field);
}
