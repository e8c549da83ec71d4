import { z } from "zod";
import { APPLICATION_TRANSITIONS, type ApplicationState } from "../../domain/application";
import { nextState } from "../../domain/lifecycle";
import { LIMITS } from "../../domain/limits";
import { assertAllowed } from "../../domain/roles";
import { recordAudit } from "../audit";
import { assertMayJudgeApplication, refusingTiedMembers } from "../committee/committee-ties";
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

/**
 * L7: each committee member gives their opinion before the decision, once; the committee's message counts them. A
 * member tied to the body is refused and abstains (src/domain/committee.ts).
 */
export async function recommendApplication(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZRecommendInput>,
): Promise<VerbResult<{ applicationId: string }>> {
  const input = parseInput(ZRecommendInput, rawInput);
  return refusingTiedMembers(ctx, actor, () =>
    inTransaction(ctx, async (tx, now) => {
      const who = await loadActor(tx, actor);
      assertAllowed("application.recommend", who);
      const app = found(
        await tx.application.findUnique({ where: { id: input.applicationId }, include: { organisation: true } }),
        "application",
        input.applicationId,
      );
      const key = { applicationId_personId: { applicationId: app.id, personId: who.personId } };
      const mine = await tx.committeeOpinion.findUnique({ where: key });
      if (mine && mine.opinion !== "abstention") {
        if (mine.opinion === input.recommendation) return { changed: false, value: { applicationId: app.id } };
        return alreadyDecided(tx, "application", mine.opinion, who.personId, mine.at);
      }
      const to = nextState(APPLICATION_TRANSITIONS, "recommend", app.status as ApplicationState, "application");
      await assertMayJudgeApplication(tx, who.personId, app);
      if (to !== app.status) {
        const { count } = await tx.application.updateMany({
          where: { id: app.id, status: app.status },
          data: { status: to },
        });
        if (count === 0) conflict("application", app.id);
      }
      // The unique key makes a concurrent second opinion of the same member fail rather than count twice.
      await tx.committeeOpinion.create({
        data: {
          applicationId: app.id,
          personId: who.personId,
          opinion: input.recommendation,
          comment: input.comment ?? null,
          at: now,
        },
      });
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
    }),
  );
}
