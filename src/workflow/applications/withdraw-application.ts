import { z } from "zod";
import { APPLICATION_TRANSITIONS, type ApplicationState } from "../../domain/application";
import { nextState } from "../../domain/lifecycle";
import { assertAllowed } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { conflict, found } from "../guard";
import { queueNotifications } from "../notifications";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId } from "../validate";

export const ZWithdrawInput = z.object({ applicationId: ZId });

/** The applicant, or the body's focal point, may withdraw the application until the committee has decided. */
export async function withdrawApplication(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZWithdrawInput>,
): Promise<VerbResult<{ applicationId: string }>> {
  const input = parseInput(ZWithdrawInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    const app = found(
      await tx.application.findUnique({ where: { id: input.applicationId } }),
      "application",
      input.applicationId,
    );
    assertAllowed("application.withdraw", who, { organisationId: app.organisationId, applicantId: app.submittedById });
    if (app.status === "withdrawn") return { changed: false, value: { applicationId: app.id } };
    const to = nextState(APPLICATION_TRANSITIONS, "withdraw", app.status as ApplicationState, "application");
    const { count } = await tx.application.updateMany({
      where: { id: app.id, status: app.status },
      data: { status: to },
    });
    if (count === 0) conflict("application", app.id);
    await recordAudit(tx, actor, now, {
      entityType: "application",
      entityId: app.id,
      action: "withdraw",
      fromState: app.status,
      toState: to,
    });
    await queueNotifications(tx, now, [
      { kind: "application_withdrawn", channel: "committee", data: { applicationId: app.id } },
    ]);
    return { changed: true, value: { applicationId: app.id } };
  });
}
