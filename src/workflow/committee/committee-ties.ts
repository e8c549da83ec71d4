import { type ApplicationState, PENDING_APPLICATION_STATES } from "../../domain/application";
import { assertMayJudge, committeeStanding, type DeclaredTies } from "../../domain/committee";
import { DomainError, isDomainError } from "../../domain/errors";
import { recordAudit } from "../audit";
import type { Actor, Tx, WorkflowContext } from "../context";
import { found } from "../guard";
import { queueNotifications } from "../notifications";
import { inTransaction } from "../run";

/** What a person declared to the committee: whether they did, and the bodies they are tied to. */
export async function declaredTies(tx: Tx, personId: string): Promise<DeclaredTies> {
  const rows = await tx.committeeTie.findMany({ where: { personId }, select: { organisationId: true } });
  return {
    declared: rows.length > 0,
    organisationIds: rows.map((r) => r.organisationId).filter((id): id is string => id !== null),
  };
}

interface JudgedApplication {
  id: string;
  organisationId: string;
  organisation: { name: string };
}

/** The domain's rule, for the person acting on this application: refused until declared, refused when tied. */
export async function assertMayJudgeApplication(tx: Tx, personId: string, app: JudgedApplication): Promise<void> {
  try {
    assertMayJudge(await declaredTies(tx, personId), app.organisationId, app.organisation.name);
  } catch (error) {
    // The abstention is recorded after the refused verb's transaction (see refusingTiedMembers): it names the file.
    if (isDomainError(error) && error.code === "conflict_of_interest") {
      throw new DomainError("conflict_of_interest", { ...error.params, applicationId: app.id });
    }
    throw error;
  }
}

/**
 * A tied member abstains on the body's application: their opinion becomes "abstention", once, audited, and the
 * committee's message is drawn again to count it. Nothing happens when it is already recorded.
 */
export async function recordAbstention(tx: Tx, actor: Actor, now: Date, applicationId: string): Promise<boolean> {
  const { personId } = actor;
  if (personId === null) return false;
  const key = { applicationId_personId: { applicationId, personId } };
  const existing = await tx.committeeOpinion.findUnique({ where: key });
  if (existing?.opinion === "abstention") return false;
  await tx.committeeOpinion.upsert({
    where: key,
    create: { applicationId, personId, opinion: "abstention", at: now },
    update: { opinion: "abstention", comment: null, at: now },
  });
  await recordAudit(tx, actor, now, {
    entityType: "application",
    entityId: applicationId,
    action: "abstain",
    data: { reason: "conflict_of_interest", replaced: existing?.opinion },
  });
  await queueNotifications(tx, now, [
    { kind: "application_recommended", channel: "committee", data: { applicationId } },
  ]);
  return true;
}

/** The pending applications of the bodies a member declared ties to: the member abstains on each. */
export async function abstainOnPendingOf(tx: Tx, actor: Actor, now: Date, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return;
  const pending = await tx.application.findMany({
    where: { organisationId: { in: [...organisationIds] }, status: { in: [...PENDING_APPLICATION_STATES] } },
    select: { id: true },
  });
  for (const app of pending) await recordAbstention(tx, actor, now, app.id);
}

/**
 * A tie stays declared while an application of the body is before the committee: the member abstains on it, and a
 * new declaration (another body, or "none") may not take that abstention back. Refused with the body's name.
 */
export async function assertTiesStand(tx: Tx, droppedOrganisationIds: readonly string[]): Promise<void> {
  if (droppedOrganisationIds.length === 0) return;
  const pending = await tx.application.findFirst({
    where: { organisationId: { in: [...droppedOrganisationIds] }, status: { in: [...PENDING_APPLICATION_STATES] } },
    select: { organisation: { select: { name: true } } },
  });
  if (pending) throw new DomainError("tie_stands", { organisation: pending.organisation.name }, "organisationIds");
}

/**
 * Runs a committee verb; when it is refused because the member is tied to the body, the abstention is recorded in
 * its own transaction (the refused one wrote nothing) and the refusal goes on to the member.
 */
export async function refusingTiedMembers<T>(ctx: WorkflowContext, actor: Actor, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const applicationId = isDomainError(error) && error.code === "conflict_of_interest" && error.params.applicationId;
    if (typeof applicationId === "string") {
      await inTransaction(ctx, (tx, now) => recordAbstention(tx, actor, now, applicationId));
    }
    throw error;
  }
}

/**
 * A tied member's click on a committee button opens nothing: this records their abstention on the application
 * (once, and only while it is before the committee), and says whether it did, for the surface to redraw the count.
 */
export async function recordTiedAbstention(
  ctx: WorkflowContext,
  actor: Actor,
  applicationId: string,
): Promise<boolean> {
  return inTransaction(ctx, async (tx, now) => {
    const app = found(
      await tx.application.findUnique({ where: { id: applicationId }, select: { organisationId: true, status: true } }),
      "application",
      applicationId,
    );
    if (actor.personId === null || !PENDING_APPLICATION_STATES.includes(app.status as ApplicationState)) return false;
    if (committeeStanding(await declaredTies(tx, actor.personId), app.organisationId) !== "tied") return false;
    await recordAbstention(tx, actor, now, applicationId);
    return true;
  });
}
