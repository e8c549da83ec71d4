import { z } from "zod";
import { APPLICATION_TRANSITIONS, type ApplicationState } from "../../domain/application";
import { nextState, requireComment } from "../../domain/lifecycle";
import { LIMITS } from "../../domain/limits";
import { assertAllowed } from "../../domain/roles";
import { recordAudit } from "../audit";
import { assertMayJudgeApplication, refusingTiedMembers } from "../committee/committee-ties";
import type { Actor, WorkflowContext } from "../context";
import { conflict, found } from "../guard";
import { queueNotifications, toEach } from "../notifications";
import { focalPointRecipients, loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId, ZOptionalText } from "../validate";

export const ZChangeRequestInput = z.object({
  applicationId: ZId,
  comment: ZOptionalText(LIMITS.changeRequestComment),
});

/**
 * Before deciding, the committee sends the file back to the body with what to change: the applicant and the body's
 * focal points get it on their platform with the comment and the form pre-filled; their resubmission comes back.
 */
export async function requestApplicationChanges(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZChangeRequestInput>,
): Promise<VerbResult<{ applicationId: string }>> {
  const input = parseInput(ZChangeRequestInput, rawInput);
  requireComment(APPLICATION_TRANSITIONS, "request_changes", input.comment, "comment");
  const comment = input.comment ?? "";
  return refusingTiedMembers(ctx, actor, () =>
    inTransaction(ctx, async (tx, now) => {
      const who = await loadActor(tx, actor);
      assertAllowed("application.request_changes", who);
      const app = found(
        await tx.application.findUnique({ where: { id: input.applicationId }, include: { organisation: true } }),
        "application",
        input.applicationId,
      );
      if (app.status === "changes_requested") {
        const last = await tx.changeRequest.findFirst({
          where: { applicationId: app.id },
          orderBy: { requestedAt: "desc" },
        });
        if (last?.comment === comment) return { changed: false, value: { applicationId: app.id } };
      }
      const to = nextState(APPLICATION_TRANSITIONS, "request_changes", app.status as ApplicationState, "application");
      await assertMayJudgeApplication(tx, who.personId, app);
      const { count } = await tx.application.updateMany({
        where: { id: app.id, status: app.status },
        data: { status: to },
      });
      if (count === 0) conflict("application", app.id);
      await tx.changeRequest.create({
        data: { applicationId: app.id, comment, requestedById: who.personId, requestedAt: now },
      });
      await recordAudit(tx, actor, now, {
        entityType: "application",
        entityId: app.id,
        action: "request_changes",
        fromState: app.status,
        toState: to,
        data: { comment },
      });
      const body = [...new Set([app.submittedById, ...(await focalPointRecipients(tx, app.organisationId, now))])];
      const data = { applicationId: app.id, organisation: app.organisation.name, comment };
      await queueNotifications(tx, now, [
        { kind: "application_changes_requested", channel: "committee", data },
        ...toEach(body, { kind: "application_changes_requested", data }),
      ]);
      return { changed: true, value: { applicationId: app.id } };
    }),
  );
}
