import { DomainError } from "../../domain/errors";
import { assertAllowed } from "../../domain/roles";
import { type ApplicationInput, resubmissionDraft } from "../applications/resubmit-application";
import type { WorkflowContext } from "../context";
import { found } from "../guard";
import { loadViewer, type Viewer } from "../people";
import { inTransaction } from "../run";

export interface ResubmissionFile {
  applicationId: string;
  /** What the committee asked to change. */
  comment: string;
  /** The file as it was sent back, to pre-fill the form. */
  draft: ApplicationInput;
}

/**
 * The file the committee sent back, for the body to change and resubmit: refused (wrong_state) once it has been
 * resubmitted, withdrawn or decided, so an old button opens nothing stale.
 */
export async function resubmissionFile(
  ctx: WorkflowContext,
  viewer: Viewer,
  applicationId: string,
): Promise<ResubmissionFile> {
  return inTransaction(ctx, async (tx) => {
    const who = await loadViewer(tx, viewer);
    const app = found(
      await tx.application.findUnique({
        where: { id: applicationId },
        include: { organisation: true, experts: { orderBy: { id: "asc" } } },
      }),
      "application",
      applicationId,
    );
    assertAllowed("application.resubmit", who, { organisationId: app.organisationId, applicantId: app.submittedById });
    if (app.status !== "changes_requested") {
      throw new DomainError("wrong_state", { entity: "application", state: app.status, action: "resubmit" });
    }
    const request = await tx.changeRequest.findFirst({
      where: { applicationId: app.id },
      orderBy: { requestedAt: "desc" },
    });
    return { applicationId: app.id, comment: request?.comment ?? "", draft: resubmissionDraft(app) };
  });
}
