import { isDomainError } from "../domain/errors";
import { describeError, type Locale, labelled } from "../i18n";
import { clip } from "./blocks";
import { t } from "./words";

/** Turns a schema path with row indices ("experts.1.name") into the block id of that row ("experts.r4.name"). */
export function rowPath(prefix: string, rows: readonly string[]): (path: string) => string {
  const pattern = new RegExp(`^${prefix}\\.(\\d+)`);
  return (path) =>
    path.replace(pattern, (whole, index: string) => {
      const key = rows[Number(index)];
      return key ? `${prefix}.${key}` : whole;
    });
}

/** The input block nearest to a field path: itself, its first sub-field, or its parent's, else the form's first. */
function blockFor(path: string, blockIds: readonly string[]): string {
  let current = path;
  while (current) {
    if (blockIds.includes(current)) return current;
    const child = blockIds.find((b) => b.startsWith(`${current}.`));
    if (child) return child;
    current = current.includes(".") ? current.slice(0, current.lastIndexOf(".")) : "";
  }
  return blockIds[0] ?? "";
}

/**
 * The `response_action: "errors"` map of a refused submission: each schema error under its field's block, a rule's
 * error under the field it names, anything else under the form's first field. Null when the failure is not the
 * person's input (then the caller says so in other words).
 */
export function formErrors(
  error: unknown,
  locale: Locale,
  inputBlockIds: readonly string[],
  toBlockPath: (path: string) => string = (p) => p,
): Record<string, string> | null {
  if (!isDomainError(error)) return null;
  const errors: Record<string, string> = {};
  if (error.fieldErrors) {
    for (const [path, messages] of Object.entries(error.fieldErrors)) {
      const own = toBlockPath(path);
      const block = blockFor(own, inputBlockIds);
      // Under another block (a list's first row, the form's first field), the message says which field it is about.
      const message = block === own ? messages[locale] : labelled(locale, path, messages[locale]);
      errors[block] ??= clip(message, 300);
    }
    return errors;
  }
  // A rule's refusal of one field says why (its reason); a bare invalid_input has nothing more to say than that.
  const worded = error.code !== "invalid_input" || typeof error.params.reason === "string";
  const message = worded ? describeError(error, locale) : t(locale, "slack.form.invalid");
  errors[blockFor(toBlockPath(error.field ?? ""), inputBlockIds)] = clip(message, 300);
  return errors;
}

/** The input block ids of a modal, in order: where errors may be shown. */
export function inputBlockIds(blocks: readonly { type: string; block_id?: string }[]): string[] {
  return blocks.filter((b) => b.type === "input" && b.block_id).map((b) => b.block_id as string);
}
