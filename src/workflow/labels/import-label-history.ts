import { z } from "zod";
import { ORGANISATION_KINDS } from "../../domain/application";
import { CsvInvalidError, type CsvProblem, type CsvProblemKind } from "../../domain/errors";
import { importedLabelState } from "../../domain/label";
import { LIMITS } from "../../domain/limits";
import { assertAllowed } from "../../domain/roles";
import { THEME_KEYS } from "../../domain/themes";
import { endOfDate, startOfDate } from "../../domain/time";
import { recordAudit } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { loadActor } from "../people";
import { inTransaction } from "../run";
import { ZIsoDate, ZText } from "../validate";

export const HISTORY_COLUMNS = [
  "organisation",
  "kind",
  "programme",
  "number",
  "themes",
  "competences",
  "valid_from",
  "valid_until",
] as const;

const ZHistoryRow = z
  .object({
    organisation: ZText(LIMITS.organisationName),
    kind: z.enum(ORGANISATION_KINDS),
    programme: z.enum(["pact2", "pact3"]),
    number: ZText(LIMITS.labelNumber),
    themes: z
      .string()
      .transform((v) =>
        v
          .split("|")
          .map((t) => t.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.enum(THEME_KEYS)).min(1)),
    competences: ZText(LIMITS.competences),
    valid_from: ZIsoDate,
    valid_until: ZIsoDate,
  })
  .refine((row) => row.valid_from <= row.valid_until, { path: ["valid_until"], params: { kind: "date_order" } });

export interface HistoryLine {
  line: number;
  values: Record<string, string>;
}

/** A zod issue as what a person fixes in the cell, not zod's wording. */
function problemOf(line: number, issue: z.core.$ZodIssue): CsvProblem {
  const column = String(issue.path[0] ?? "");
  const at = { line, column };
  switch (issue.code) {
    case "invalid_type":
      return { ...at, kind: "required" };
    case "too_small":
      return { ...at, kind: "required" };
    case "too_big":
      return { ...at, kind: "too_long", params: { max: Number(issue.maximum) } };
    case "invalid_format":
      return { ...at, kind: "bad_date" };
    case "invalid_value":
      return { ...at, kind: "bad_choice", params: { choices: issue.values.map(String).join(", ") } };
    case "custom":
      return { ...at, kind: (issue.params?.kind as CsvProblemKind | undefined) ?? "invalid_value" };
    default:
      return { ...at, kind: "invalid_value" };
  }
}

/**
 * L8: PACT 2 / PACT 3 labels (expired at the end of 2020) imported as history, so DAECT sees who held one.
 * All or nothing: any bad row (or a number already known) and nothing is written; every problem is listed with
 * its line.
 */
export async function importLabelHistory(
  ctx: WorkflowContext,
  actor: Actor,
  header: readonly string[],
  lines: readonly HistoryLine[],
): Promise<{ imported: number }> {
  const missing = HISTORY_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new CsvInvalidError([
      { line: 1, column: missing[0] ?? "", kind: "missing_columns", params: { columns: missing.join(", ") } },
    ]);
  }
  const problems: CsvProblem[] = [];
  const rows: (z.output<typeof ZHistoryRow> & { line: number })[] = [];
  const seen = new Set<string>();
  for (const { line, values } of lines) {
    const parsed = ZHistoryRow.safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(problemOf(line, issue));
      continue;
    }
    if (seen.has(parsed.data.number)) problems.push({ line, column: "number", kind: "duplicate_in_file" });
    seen.add(parsed.data.number);
    rows.push({ ...parsed.data, line });
  }
  return inTransaction(ctx, async (tx, now) => {
    assertAllowed("admin.manage", await loadActor(tx, actor));
    const known = await tx.label.findMany({ where: { number: { in: [...seen] } }, select: { number: true } });
    for (const { number } of known) {
      const row = rows.find((r) => r.number === number);
      problems.push({ line: row?.line ?? 0, column: "number", kind: "already_known", params: { number } });
    }
    if (problems.length > 0) {
      problems.sort((a, b) => a.line - b.line);
      throw new CsvInvalidError(problems);
    }
    for (const row of rows) {
      const organisation = await tx.organisation.upsert({
        where: { name: row.organisation },
        create: { name: row.organisation, kind: row.kind },
        update: {},
      });
      const validUntil = endOfDate(row.valid_until);
      const label = await tx.label.create({
        data: {
          number: row.number,
          organisationId: organisation.id,
          source: row.programme,
          status: importedLabelState(validUntil, now),
          competences: row.competences,
          themes: JSON.stringify(row.themes),
          validFrom: startOfDate(row.valid_from),
          validUntil,
        },
      });
      await recordAudit(tx, actor, now, {
        entityType: "label",
        entityId: label.id,
        action: "import",
        toState: label.status,
        data: { number: row.number, programme: row.programme, line: row.line },
      });
    }
    return { imported: rows.length };
  });
}
