import { type LabelState, labelStateAt } from "../../domain/label";
import { assertAllowed } from "../../domain/roles";
import type { Theme } from "../../domain/themes";
import type { WorkflowContext } from "../context";
import { found } from "../guard";
import { loadViewer, type Viewer } from "../people";
import { inTransaction } from "../run";

export interface DiplomaFacts {
  number: string;
  organisation: string;
  organisationKind: string;
  themes: Theme[];
  competences: string;
  validFrom: Date;
  validUntil: Date;
  /** The label's state as it reads now: a diploma of a label not active says so (and is not handed out revoked). */
  state: LabelState;
  /** While suspended, the last instant of the suspension; once revoked, when. */
  suspendedUntil: Date | null;
  revokedAt: Date | null;
}

/** What the diploma of a label states (L7), for a viewer allowed to see the body's label. */
export async function diplomaFacts(ctx: WorkflowContext, viewer: Viewer, labelId: string): Promise<DiplomaFacts> {
  const { label, now } = await inTransaction(ctx, async (tx, now) => {
    const who = await loadViewer(tx, viewer);
    const row = found(
      await tx.label.findUnique({ where: { id: labelId }, include: { organisation: true } }),
      "label",
      labelId,
    );
    assertAllowed("label.view", who, { organisationId: row.organisationId });
    return { label: row, now };
  });
  const state = labelStateAt(label, now);
  return {
    number: label.number,
    organisation: label.organisation.name,
    organisationKind: label.organisation.kind,
    themes: JSON.parse(label.themes) as Theme[],
    competences: label.competences,
    validFrom: label.validFrom,
    validUntil: label.validUntil,
    state,
    suspendedUntil: state === "suspended" ? label.suspendedUntil : null,
    revokedAt: state === "revoked" ? label.revokedAt : null,
  };
}
