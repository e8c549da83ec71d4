import type { ExpertCategory } from "../../domain/application";
import { assertAllowed } from "../../domain/roles";
import type { Theme } from "../../domain/themes";
import type { WorkflowContext } from "../context";
import { found } from "../guard";
import { loadViewer, type Viewer } from "../people";
import { inTransaction } from "../run";

/** The previous file as a new application starts from it: everything the register knows, nothing invented. */
export interface RenewalDraft {
  labelId: string;
  number: string;
  organisationName: string;
  organisationKind: string;
  /** From the application the label was granted on; a PACT 2/3 label has none, so these are left for the body. */
  basis?: string;
  competenceScope?: string;
  competences: string;
  themes: Theme[];
  experts: { name: string; email?: string; function: string; qualifications: string; category: ExpertCategory }[];
}

/**
 * Renewing a label (one nearing its end, or a PACT 2/3 one): the body's file to prefill the application form with,
 * for a viewer allowed to see that label (its focal points, DAECT).
 */
export async function renewalDraft(ctx: WorkflowContext, viewer: Viewer, labelId: string): Promise<RenewalDraft> {
  return inTransaction(ctx, async (tx) => {
    const who = await loadViewer(tx, viewer);
    const label = found(
      await tx.label.findUnique({
        where: { id: labelId },
        include: { organisation: true, application: { include: { experts: true } } },
      }),
      "label",
      labelId,
    );
    assertAllowed("label.view", who, { organisationId: label.organisationId });
    const app = label.application;
    return {
      labelId: label.id,
      number: label.number,
      organisationName: label.organisation.name,
      organisationKind: label.organisation.kind,
      basis: app?.basis,
      competenceScope: app?.competenceScope,
      competences: app?.competences ?? label.competences,
      themes: JSON.parse(app?.themes ?? label.themes) as Theme[],
      experts: (app?.experts ?? []).map((e) => ({
        name: e.name,
        ...(e.email ? { email: e.email } : {}),
        function: e.function,
        qualifications: e.qualifications,
        category: e.category as ExpertCategory,
      })),
    };
  });
}
