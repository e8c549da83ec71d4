import type { Theme } from "../../domain/themes";
import type { WorkflowContext } from "../context";
import { found } from "../guard";

export interface DiplomaFacts {
  number: string;
  organisation: string;
  organisationKind: string;
  themes: Theme[];
  competences: string;
  validFrom: Date;
  validUntil: Date;
}

/** What the diploma of a label states (L7). */
export async function diplomaFacts(ctx: WorkflowContext, labelId: string): Promise<DiplomaFacts> {
  const label = found(
    await ctx.db.label.findUnique({ where: { id: labelId }, include: { organisation: true } }),
    "label",
    labelId,
  );
  return {
    number: label.number,
    organisation: label.organisation.name,
    organisationKind: label.organisation.kind,
    themes: JSON.parse(label.themes) as Theme[],
    competences: label.competences,
    validFrom: label.validFrom,
    validUntil: label.validUntil,
  };
}
