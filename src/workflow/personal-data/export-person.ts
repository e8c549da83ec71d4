import type { z } from "zod";
import { assertAllowed } from "../../domain/roles";
import type { Actor, Tx, WorkflowContext } from "../context";
import { loadActor } from "../people";
import { inTransaction } from "../run";
import { parseInput } from "../validate";
import type { PersonalDataHolder } from "./holder";
import { expertRowsOf, findPerson, ZPersonKey } from "./person-records";

/** Every section of a person's export, each present (empty when there is nothing), so a reader sees what was looked at. */
export interface PersonExport {
  exportedAt: string;
  person: Record<string, unknown>;
  platformLinks: Record<string, Record<string, unknown> | null>;
  roles: unknown[];
  applications: { submitted: unknown[]; asExpert: unknown[] };
  missions: { asMissionary: unknown[]; opened: unknown[] };
  reports: unknown[];
  /** The files they joined to applications and reports: what was sent (the bytes stay in the file store). */
  attachments: unknown[];
  decisions: Record<string, unknown[]>;
  requests: { extensions: unknown[]; solicitations: unknown[] };
  committeeTies: unknown[];
  /** The stand-ins they named and those they were, dates and end included. */
  delegations: { given: unknown[]; received: unknown[] };
  snoozes: unknown[];
  audit: { about: unknown[]; by: unknown[] };
  notifications: unknown[];
}

/** A JSON column as the value it holds, so the export reads as one document. */
function parsed(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * RGPD right of access: everything the programme holds about a person, for DAECT (the command line's operator, or
 * DAECT staff on Slack). Read in one transaction, so the sections agree with each other.
 */
export async function exportPerson(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZPersonKey>,
  holders: readonly PersonalDataHolder[],
): Promise<PersonExport> {
  const input = parseInput(ZPersonKey, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    assertAllowed("admin.manage", await loadActor(tx, actor));
    const { id } = await findPerson(tx, input.person);
    const person = await tx.person.findUniqueOrThrow({
      where: { id },
      include: { organisation: { select: { id: true, name: true } } },
    });
    const platformLinks: PersonExport["platformLinks"] = {};
    for (const holder of holders) platformLinks[holder.name] = await holder.exportPerson(tx, id);
    return {
      exportedAt: now.toISOString(),
      person: {
        id: person.id,
        email: person.email,
        name: person.name,
        function: person.function,
        qualifications: person.qualifications,
        category: person.category,
        organisation: person.organisation,
        locale: person.locale,
        timeZone: person.timeZone,
        preferredChannel: person.preferredChannel,
        createdAt: person.createdAt,
        erasedAt: person.erasedAt,
      },
      platformLinks,
      roles: await tx.roleAssignment.findMany({
        where: { personId: id },
        select: { role: true, scope: true, organisationId: true, grantedById: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      }),
      applications: {
        submitted: await tx.application.findMany({
          where: { submittedById: id },
          select: { id: true, status: true, submittedAt: true, organisation: { select: { name: true } } },
          orderBy: { submittedAt: "asc" },
        }),
        asExpert: (await expertRowsOf(tx, person)).map(({ applicationId: _, ...expert }) => expert),
      },
      missions: {
        asMissionary: (
          await tx.missionMissionary.findMany({
            where: { personId: id },
            select: { mission: { select: { id: true, reference: true, status: true, countryCode: true } } },
          })
        ).map((link) => link.mission),
        opened: await tx.mission.findMany({
          where: { createdById: id },
          select: { id: true, reference: true, status: true, countryCode: true, createdAt: true },
          orderBy: { createdAt: "asc" },
        }),
      },
      reports: await tx.report.findMany({
        where: { submittedById: id },
        include: { mission: { select: { reference: true } } },
        orderBy: { submittedAt: "asc" },
      }),
      attachments: await tx.attachment.findMany({
        where: { addedById: id },
        select: { id: true, caseKind: true, caseId: true, name: true, type: true, size: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      }),
      decisions: await decisionsOf(tx, id),
      requests: {
        extensions: await tx.extensionRequest.findMany({ where: { requestedById: id }, orderBy: { createdAt: "asc" } }),
        solicitations: await tx.solicitation.findMany({ where: { declaredById: id }, orderBy: { createdAt: "asc" } }),
      },
      committeeTies: await tx.committeeTie.findMany({ where: { personId: id }, orderBy: { declaredAt: "asc" } }),
      delegations: {
        given: await tx.delegation.findMany({ where: { delegatorId: id }, orderBy: { createdAt: "asc" } }),
        received: await tx.delegation.findMany({ where: { delegateId: id }, orderBy: { createdAt: "asc" } }),
      },
      snoozes: await tx.snooze.findMany({ where: { personId: id } }),
      audit: {
        about: (
          await tx.auditEvent.findMany({ where: { entityType: "person", entityId: id }, orderBy: { at: "asc" } })
        ).map((e) => ({ ...e, data: parsed(e.data) })),
        by: (await tx.auditEvent.findMany({ where: { actorId: id }, orderBy: { at: "asc" } })).map((e) => ({
          ...e,
          data: parsed(e.data),
        })),
      },
      notifications: (
        await tx.outbox.findMany({
          where: { recipientId: id },
          select: { id: true, kind: true, missionId: true, payload: true, status: true, createdAt: true, sentAt: true },
          orderBy: { createdAt: "asc" },
        })
      ).map((n) => ({ ...n, payload: parsed(n.payload) })),
    };
  });
}

/** The decisions a person took, in each of the programme's records that keeps a decider. */
async function decisionsOf(tx: Tx, id: string): Promise<Record<string, unknown[]>> {
  const application = { id: true, status: true, organisation: { select: { name: true } } } as const;
  return {
    applicationsRecommended: await tx.application.findMany({
      where: { recommendedById: id },
      select: { ...application, recommendation: true, recommendationComment: true, recommendedAt: true },
    }),
    applicationsDecided: await tx.application.findMany({
      where: { decidedById: id },
      select: { ...application, decidedAt: true, decisionReason: true },
    }),
    committeeOpinions: await tx.committeeOpinion.findMany({ where: { personId: id }, orderBy: { at: "asc" } }),
    changeRequests: await tx.changeRequest.findMany({ where: { requestedById: id }, orderBy: { requestedAt: "asc" } }),
    embassyDecisions: await tx.embassyDecision.findMany({
      where: { decidedById: id },
      include: { mission: { select: { reference: true } } },
      orderBy: { decidedAt: "asc" },
    }),
    reportsReviewed: await tx.report.findMany({
      where: { reviewedById: id },
      select: {
        id: true,
        status: true,
        reviewedAt: true,
        reviewComment: true,
        mission: { select: { reference: true } },
      },
    }),
    extensionsDecided: await tx.extensionRequest.findMany({ where: { decidedById: id } }),
    reimbursements: await tx.reimbursement.findMany({
      where: { OR: [{ requestedById: id }, { settledById: id }] },
      include: { mission: { select: { reference: true } } },
    }),
    labels: await tx.label.findMany({
      where: { OR: [{ revokedById: id }, { suspendedById: id }] },
      select: {
        number: true,
        status: true,
        revokedAt: true,
        revokedById: true,
        revokedReason: true,
        suspendedAt: true,
        suspendedById: true,
        suspendedReason: true,
      },
    }),
  };
}
