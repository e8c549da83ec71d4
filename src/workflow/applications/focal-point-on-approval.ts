import { focalPointOnApproval } from "../../domain/application";
import type { Role } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { Actor, Tx } from "../context";
import { focalPointIds } from "../people";

interface ApplicationFacts {
  id: string;
  organisationId: string;
  submittedById: string;
}

/**
 * The person the approval of this application would make focal point of its body, now (the domain's rule, from the
 * applicant's roles and the body's focal points), or null. The committee sees it before deciding.
 */
export async function focalPointToBe(tx: Tx, app: ApplicationFacts): Promise<string | null> {
  const [applicant, focalPoints] = await Promise.all([
    app.submittedById
      ? tx.person.findUnique({ where: { id: app.submittedById }, include: { roles: true } })
      : Promise.resolve(null),
    focalPointIds(tx, app.organisationId),
  ]);
  if (!applicant) return null;
  const roles = applicant.roles.map((r) => ({ role: r.role as Role, scope: r.scope }));
  return focalPointOnApproval({ personId: applicant.id, roles }, { focalPointIds: focalPoints });
}

/** On approval, in the decision's transaction: the focal point role goes to whom the rule names, audited. */
export async function grantFocalPointOnApproval(
  tx: Tx,
  actor: Actor,
  now: Date,
  app: ApplicationFacts,
): Promise<string | null> {
  const personId = await focalPointToBe(tx, app);
  if (!personId) return null;
  const scope = app.organisationId;
  await tx.roleAssignment.upsert({
    where: { personId_role_scope: { personId, role: "focal_point", scope } },
    create: { personId, role: "focal_point", scope, organisationId: scope, grantedById: actor.personId },
    update: {},
  });
  await tx.person.update({ where: { id: personId }, data: { organisationId: scope } });
  await recordAudit(tx, actor, now, {
    entityType: "person",
    entityId: personId,
    action: "grant_role",
    data: { role: "focal_point", scope, application: app.id },
  });
  return personId;
}
