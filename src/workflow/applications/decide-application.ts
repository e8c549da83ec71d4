import { DateTime } from "luxon";
import { z } from "zod";
import { APPLICATION_TRANSITIONS, type ApplicationState } from "../../domain/application";
import { formatLabelNumber, labelValidUntil } from "../../domain/label";
import { nextState, requireComment } from "../../domain/lifecycle";
import { LIMITS } from "../../domain/limits";
import { assertAllowed } from "../../domain/roles";
import { PARIS } from "../../domain/time";
import { recordAudit } from "../audit";
import { assertMayJudgeApplication, refusingTiedMembers } from "../committee/committee-ties";
import type { Actor, WorkflowContext } from "../context";
import { alreadyDecided, conflict, found } from "../guard";
import { queueNotifications, toEach } from "../notifications";
import { focalPointIds, loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { nextSequence } from "../sequence";
import { parseInput, ZId, ZOptionalText } from "../validate";
import { grantFocalPointOnApproval } from "./focal-point-on-approval";

export const ZDecisionInput = z.object({
  applicationId: ZId,
  decision: z.enum(["approve", "reject"]),
  reason: ZOptionalText(LIMITS.rejectionReason),
});

export interface ApplicationDecision {
  applicationId: string;
  status: "approved" | "rejected";
  labelId?: string;
  labelNumber?: string;
  /** Who the approval made focal point of the body (the applicant of a body that had none). */
  focalPointId?: string;
}

/**
 * L7: the committee decides; approval creates the numbered label whose diploma the body receives and, for a body
 * without a focal point, makes the applicant its focal point. The body's focal points receive the diploma (or the
 * refusal); an applicant who is not one of them is told the decision.
 */
export async function decideApplication(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZDecisionInput>,
): Promise<VerbResult<ApplicationDecision>> {
  const input = parseInput(ZDecisionInput, rawInput);
  requireComment(APPLICATION_TRANSITIONS, input.decision, input.reason, "reason");
  return refusingTiedMembers(ctx, actor, () => decideAsCommittee(ctx, actor, input));
}

async function decideAsCommittee(
  ctx: WorkflowContext,
  actor: Actor,
  input: z.output<typeof ZDecisionInput>,
): Promise<VerbResult<ApplicationDecision>> {
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    assertAllowed("application.decide", who);
    const app = found(
      await tx.application.findUnique({
        where: { id: input.applicationId },
        include: { label: true, organisation: true },
      }),
      "application",
      input.applicationId,
    );
    const target: ApplicationDecision["status"] = input.decision === "approve" ? "approved" : "rejected";
    if (app.status === target) {
      return {
        changed: false,
        value: { applicationId: app.id, status: target, labelId: app.label?.id, labelNumber: app.label?.number },
      };
    }
    if (app.status === "approved" || app.status === "rejected") {
      return alreadyDecided(tx, "application", app.status, app.decidedById, app.decidedAt);
    }
    const to = nextState(APPLICATION_TRANSITIONS, input.decision, app.status as ApplicationState, "application");
    await assertMayJudgeApplication(tx, who.personId, app);
    const { count } = await tx.application.updateMany({
      where: { id: app.id, status: app.status },
      data: { status: to, decidedById: who.personId, decidedAt: now, decisionReason: input.reason ?? null },
    });
    if (count === 0) conflict("application", app.id);

    let label: { id: string; number: string } | undefined;
    let focalPointId: string | null = null;
    if (to === "approved") {
      const year = DateTime.fromJSDate(now, { zone: PARIS }).year;
      const number = formatLabelNumber(year, await nextSequence(tx, `label-${year}`));
      label = await tx.label.create({
        data: {
          number,
          organisationId: app.organisationId,
          applicationId: app.id,
          status: "active",
          competences: app.competences,
          themes: app.themes,
          validFrom: now,
          validUntil: labelValidUntil(now, ctx.settings.labelValidityYears),
        },
        select: { id: true, number: true },
      });
      await recordAudit(tx, actor, now, {
        entityType: "label",
        entityId: label.id,
        action: "create",
        toState: "active",
        data: { number, organisation: app.organisation.name },
      });
      focalPointId = await grantFocalPointOnApproval(tx, actor, now, app);
    }
    await recordAudit(tx, actor, now, {
      entityType: "application",
      entityId: app.id,
      action: input.decision,
      fromState: app.status,
      toState: to,
      data: { reason: input.reason, label: label?.number },
    });
    const decided = { applicationId: app.id, decision: target, labelId: label?.id, labelNumber: label?.number };
    const focalPoints = await focalPointIds(tx, app.organisationId);
    const applicant = app.submittedById ? [app.submittedById] : [];
    // The diploma is the approval's answer to the body (L7), whichever platform its focal points use; a body with
    // none yet (DAECT filed for it) has it sent to the applicant, who hands it on.
    const diplomaTo = focalPoints.length > 0 ? focalPoints : applicant;
    await queueNotifications(tx, now, [
      { kind: "application_decided", channel: "committee", data: decided },
      ...(label
        ? [
            ...toEach(diplomaTo, {
              kind: "diploma_issued",
              data: { labelId: label.id, labelNumber: label.number, organisation: app.organisation.name },
            }),
            ...toEach(
              applicant.filter((id) => !diplomaTo.includes(id)),
              { kind: "application_decided", data: decided },
            ),
          ]
        : toEach([...focalPoints, ...applicant], { kind: "application_decided", data: decided })),
    ]);
    return {
      changed: true,
      value: {
        applicationId: app.id,
        status: target,
        labelId: label?.id,
        labelNumber: label?.number,
        focalPointId: focalPointId ?? undefined,
      },
    };
  });
}
