import { z } from "zod";
import { isUniqueViolation } from "../../db/errors";
import {
  COMPETENCE_SCOPES,
  EXPERT_CATEGORIES,
  EXPERTISE_BASES,
  mayFileFor,
  ORGANISATION_KINDS,
  PENDING_APPLICATION_STATES,
} from "../../domain/application";
import { DomainError } from "../../domain/errors";
import { LIMITS } from "../../domain/limits";
import type { RefusalParams } from "../../domain/roles";
import { MAX_THEMES_PER_APPLICATION, THEME_KEYS } from "../../domain/themes";
import { recordAudit } from "../audit";
import type { Actor, Tx, WorkflowContext } from "../context";
import { queueNotifications } from "../notifications";
import { focalPointIds, loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZEmail, ZId, ZOptionalText, ZText } from "../validate";

export const ZExpertInput = z.object({
  name: ZText(LIMITS.personName),
  email: ZEmail.optional(),
  function: ZText(LIMITS.expertFunction),
  qualifications: ZText(LIMITS.expertQualifications),
  category: z.enum(EXPERT_CATEGORIES),
});

export const ZApplicationInput = z.object({
  organisationName: ZText(LIMITS.organisationName),
  organisationKind: z.enum(ORGANISATION_KINDS),
  basis: z.enum(EXPERTISE_BASES),
  competenceScope: z.enum(COMPETENCE_SCOPES),
  competences: ZText(LIMITS.competences),
  themes: z.array(z.enum(THEME_KEYS)).min(1).max(MAX_THEMES_PER_APPLICATION),
  experts: z.array(ZExpertInput).min(1).max(20),
  commitmentAccepted: z.boolean(),
  note: ZOptionalText(LIMITS.applicationNote),
  /** The label this application renews, when the body started it from "Renouveler". */
  renewalOfLabelId: ZId.optional(),
});
export type ApplicationInput = z.input<typeof ZApplicationInput>;

/** A renewal renews a label of the same body: another body's (a changed name, a forged id) is refused on the name. */
async function renewedLabelId(tx: Tx, labelId: string | undefined, organisationId: string): Promise<string | null> {
  if (!labelId) return null;
  const label = await tx.label.findUnique({ where: { id: labelId }, select: { organisationId: true } });
  if (label?.organisationId !== organisationId) {
    throw new DomainError(
      "invalid_input",
      { field: "organisationName", reason: "renewal_other_body" },
      "organisationName",
    );
  }
  return labelId;
}

export interface SubmittedApplication {
  applicationId: string;
  organisationId: string;
}

/**
 * L1–L6: a collectivité or association files an application at any time (L3), describing precise or broad
 * competences (L4) and its experts (L5), and commits to work with the MEAE (L6). Filing grants no role: the
 * applicant holds only this application (to see and withdraw it) until the committee approves it.
 */
export async function submitApplication(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: ApplicationInput,
): Promise<VerbResult<SubmittedApplication>> {
  const input = parseInput(ZApplicationInput, rawInput);
  if (!input.commitmentAccepted) throw new DomainError("commitment_required", {}, "commitmentAccepted");
  try {
    return await fileApplication(ctx, actor, input);
  } catch (error) {
    // The same file submitted on another instance created the body at the same moment: once it is committed, a
    // second pass finds the body and that application, and changes nothing.
    if (!isUniqueViolation(error)) throw error;
    return fileApplication(ctx, actor, input);
  }
}

function fileApplication(
  ctx: WorkflowContext,
  actor: Actor,
  input: z.output<typeof ZApplicationInput>,
): Promise<VerbResult<SubmittedApplication>> {
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    let organisation = await tx.organisation.findUnique({ where: { name: input.organisationName } });
    const known = organisation
      ? { organisationId: organisation.id, focalPointIds: await focalPointIds(tx, organisation.id) }
      : null;
    if (!mayFileFor(who, known)) {
      const refusal = { action: "application.submit", reason: "body_has_focal_point" } satisfies RefusalParams;
      throw new DomainError("forbidden", refusal);
    }
    if (organisation) {
      // Takes the body's row lock (PostgreSQL) or the write lock (SQLite) before looking for a pending file: of two
      // submissions at once, on two instances say, the second waits here and then sees the first one's application.
      await tx.organisation.updateMany({ where: { id: organisation.id }, data: { kind: organisation.kind } });
      const pending = await tx.application.findFirst({
        where: { organisationId: organisation.id, status: { in: [...PENDING_APPLICATION_STATES] } },
      });
      if (pending) {
        // A retried or double-clicked submission of the same file is a no-op.
        if (pending.submittedById === who.personId && pending.competences === input.competences) {
          return { changed: false, value: { applicationId: pending.id, organisationId: organisation.id } };
        }
        throw new DomainError("pending_application_exists", { organisation: organisation.name });
      }
    } else {
      organisation = await tx.organisation.create({
        data: { name: input.organisationName, kind: input.organisationKind },
      });
    }
    const renewalOfLabelId = await renewedLabelId(tx, input.renewalOfLabelId, organisation.id);
    const application = await tx.application.create({
      data: {
        organisationId: organisation.id,
        renewalOfLabelId,
        status: "submitted",
        basis: input.basis,
        competenceScope: input.competenceScope,
        competences: input.competences,
        themes: JSON.stringify(input.themes),
        commitmentAccepted: true,
        submittedById: who.personId,
        submittedAt: now,
        experts: { create: input.experts.map((e) => ({ ...e, email: e.email ?? null })) },
      },
    });
    await recordAudit(tx, actor, now, {
      entityType: "application",
      entityId: application.id,
      action: "submit",
      toState: "submitted",
      data: {
        organisation: organisation.name,
        knownBody: known !== null,
        experts: input.experts.length,
        themes: input.themes,
        renewalOfLabelId: renewalOfLabelId ?? undefined,
      },
    });
    await queueNotifications(tx, now, [
      { kind: "application_submitted", channel: "committee", data: { applicationId: application.id } },
    ]);
    return { changed: true, value: { applicationId: application.id, organisationId: organisation.id } };
  });
}
