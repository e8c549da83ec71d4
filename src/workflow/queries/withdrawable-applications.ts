import { APPLICATION_TRANSITIONS, type ApplicationState } from "../../domain/application";
import { canTransition } from "../../domain/lifecycle";
import { isAllowed } from "../../domain/roles";
import type { WorkflowContext } from "../context";
import { loadViewer, type Viewer } from "../people";
import { labelsOfBodies, ownPendingApplications, type PendingApplication } from "./choices";

/** An application still before the committee that the viewer may take back. */
export interface WithdrawableApplication {
  applicationId: string;
  organisation: string;
  status: string;
  submittedAt: Date;
}

/**
 * §3, for a surface without an App Home: the pending applications of the bodies the viewer is focal point of and
 * the ones they filed themselves, each kept only when the permission table and the life cycle allow withdrawing.
 */
export async function withdrawableApplications(
  ctx: WorkflowContext,
  viewer: Viewer,
): Promise<WithdrawableApplication[]> {
  const [who, bodies, own] = await Promise.all([
    loadViewer(ctx.db, viewer),
    labelsOfBodies(ctx, viewer),
    ownPendingApplications(ctx, viewer),
  ]);
  const candidates: { organisationId: string; organisation: string; pending: PendingApplication }[] = [
    ...bodies.flatMap((b) => (b.pendingApplication ? [{ ...b, pending: b.pendingApplication }] : [])),
    ...own.map((a) => ({ ...a, pending: a })),
  ];
  return candidates
    .filter(
      ({ organisationId, pending }) =>
        canTransition(APPLICATION_TRANSITIONS, "withdraw", pending.status as ApplicationState) &&
        isAllowed("application.withdraw", who, { organisationId, applicantId: pending.submittedById }),
    )
    .map(({ organisation, pending }) => ({
      applicationId: pending.id,
      organisation,
      status: pending.status,
      submittedAt: pending.submittedAt,
    }));
}
