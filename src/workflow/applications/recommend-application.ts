import { z } from "zod";
import { APPLICATION_TRANSITIONS, type ApplicationState } from "../../domain/application";
import { nextState } from "../../domain/lifecycle";
import { LIMITS } from "../../domain/limits";
import { assertAllowed } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { alreadyDecided, conflict, found } from "../guard";
import { queueNotifications } from "../notifications";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId, ZOptionalText } from "../validate";

export const ZRecommendInput = z.object({
  applicationId: ZId,
  recommendation: z.enum(["favourable", "unfavourable"]),
  comment: ZOptionalText(LIMITS.recommendationComment),
});

/** L7: a committee member records the committee's recommendation before the decision. */
export async function recommendApplication(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZRecommendInput>,
): Promise<VerbResult<{ applicationId: string }>> {
  const input = parseInput(ZRecommendInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    assertAllowed("application.recommend", who);
    const app = found(
      await tx.application.findUnique({ where: { id: input.applicationId } }),
      "application",
      input.applicationId,
    );
    if (app.recommendation) {
      if (app.recommendation === input.recommendation) return { changed: false, value: { applicationId: app.id } };
      return alreadyDecided(tx, "application", app.recommendation, app.recommendedById, app.recommendedAt);
    }
    const to = nextState(APPLICATION_TRANSITIONS, "recommend", app.status as ApplicationState, "application");
    const { count } = await tx.application.updateMany({
      where: { id: app.id, status: app.status, recommendation: null },
      data: {
        status: to,
        recommendation: input.recommendation,
        recommendationComment: input.comment ?? null,
        recommendedById: who.personId,
        recommendedAt: now,
      },
    });
    if (count === 0) conflict("application", app.id);
    await recordAudit(tx, actor, now, {
      entityType: "application",
      entityId: app.id,
      action: "recommend",
      fromState: app.status,
      toState: to,
      data: { recommendation: input.recommendation, comment: input.comment },
    });
    await queueNotifications(tx, now, [
      { kind: "application_recommended", channel: "committee", data: { applicationId: app.id } },
    ]);
    return { changed: true, value: { applicationId: app.id } };
  });
}
