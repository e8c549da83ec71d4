import type { types } from "@slack/bolt";
import type { z } from "zod";

type StateValue = {
  type?: string;
  value?: string | null;
  selected_option?: { value: string; text?: types.PlainTextElement } | null;
  selected_options?: { value: string }[];
  selected_date?: string | null;
  /** A file input's files, uploaded to Slack already: the bot fetches them by id. */
  files?: { id?: unknown }[];
};
export type StateValues = Record<string, Record<string, StateValue>>;

/** The one element of an input block (each of our input blocks holds exactly one). */
function element(values: StateValues, blockId: string): StateValue | undefined {
  const block = values[blockId];
  return block ? Object.values(block)[0] : undefined;
}

/** A typed text, trimmed; undefined when empty, so optional fields stay absent. */
export function textOf(values: StateValues, blockId: string): string | undefined {
  const value = element(values, blockId)?.value?.trim();
  return value ? value : undefined;
}

export function choiceOf(values: StateValues, blockId: string): string | undefined {
  return element(values, blockId)?.selected_option?.value ?? undefined;
}

/** The chosen option with its label: an external select needs both to show it again after a views.update. */
export function optionOf(values: StateValues, blockId: string): { value: string; text: string } | undefined {
  const selected = element(values, blockId)?.selected_option;
  return selected ? { value: selected.value, text: selected.text?.text ?? selected.value } : undefined;
}

export function choicesOf(values: StateValues, blockId: string): string[] {
  return (element(values, blockId)?.selected_options ?? []).map((o) => o.value);
}

/** The ids of the files a file input holds. */
export function fileIdsOf(values: StateValues, blockId: string): string[] {
  return (element(values, blockId)?.files ?? []).map((f) => f.id).filter((id): id is string => typeof id === "string");
}

export function dateOf(values: StateValues, blockId: string): string | undefined {
  return element(values, blockId)?.selected_date ?? undefined;
}

/** A yes/no radio: undefined when nothing was chosen, so the schema says what is missing. */
export function yesNoOf(values: StateValues, blockId: string): boolean | undefined {
  const choice = choiceOf(values, blockId);
  return choice === undefined ? undefined : choice === "yes";
}

/** Rows added inside a modal keep a stable key, so removing one never shifts what was typed in the others. */
export interface RowState {
  rows: string[];
  next: number;
}

export function addRow(state: RowState, max: number): RowState {
  if (state.rows.length >= max) return state;
  return { rows: [...state.rows, `r${state.next}`], next: state.next + 1 };
}

export function removeRow(state: RowState, key: string): RowState {
  if (state.rows.length <= 1) return state;
  return { rows: state.rows.filter((r) => r !== key), next: state.next };
}

/**
 * Reads a modal's private_metadata with its schema (see metadata.ts): absent fields take the schema's defaults, and
 * anything unreadable or of the wrong shape gives the defaults, as for an older modal.
 */
export function parseMetadata<T>(raw: string | undefined, schema: z.ZodType<T>): T {
  const fallback = schema.parse({});
  if (!raw) return fallback;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return fallback;
  }
  const result = schema.safeParse(parsed);
  return result.success ? result.data : fallback;
}
