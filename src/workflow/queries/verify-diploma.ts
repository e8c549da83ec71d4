import { type DiplomaVerdict, diplomaNumberSpellings, diplomaVerdict } from "../../domain/diploma-verification";
import { THEMES, type Theme } from "../../domain/themes";
import type { WorkflowContext } from "../context";

/** What anyone holding a diploma may learn of it: no person, no e-mail, no internal id. */
export interface DiplomaCheck {
  number: string;
  organisation: string;
  themes: Theme[];
  validFrom: Date;
  validUntil: Date;
  verdict: DiplomaVerdict;
}

interface LabelRow {
  number: string;
  status: string;
  themes: string;
  validFrom: string | Date;
  validUntil: string | Date;
  revokedAt: string | Date | null;
  suspendedUntil: string | Date | null;
  organisation: string;
}

/**
 * The public check of a diploma number (issue 12): no viewer, since the page, `/expect verifier` and Teams'
 * `verifier` answer anyone the same. Null for a number no label carries, or that cannot be one (never read).
 * One statement, the body's name joined: the page is public and rate-limited, not a reason to cost two.
 */
export async function verifyDiploma(ctx: WorkflowContext, text: string): Promise<DiplomaCheck | null> {
  const spellings = diplomaNumberSpellings(text);
  if (!spellings) return null;
  const [first, second = first] = spellings;
  const rows = await ctx.db.$queryRaw<LabelRow[]>`
    SELECT l."number", l."status", l."themes", l."validFrom", l."validUntil", l."revokedAt", l."suspendedUntil",
      o."name" AS "organisation"
    FROM "Label" l JOIN "Organisation" o ON o."id" = l."organisationId"
    WHERE l."number" IN (${first}, ${second})
    ORDER BY l."number" DESC
    LIMIT 1`;
  const row = rows[0];
  if (!row) return null;
  const label = {
    status: row.status,
    validUntil: new Date(row.validUntil),
    revokedAt: row.revokedAt === null ? null : new Date(row.revokedAt),
    suspendedUntil: row.suspendedUntil === null ? null : new Date(row.suspendedUntil),
  };
  return {
    number: row.number,
    organisation: row.organisation,
    themes: (JSON.parse(row.themes) as string[]).filter((t): t is Theme => Object.hasOwn(THEMES, t)),
    validFrom: new Date(row.validFrom),
    validUntil: label.validUntil,
    verdict: diplomaVerdict(label, ctx.clock.now()),
  };
}
