import { z } from "zod";
import {
  APPLICATION_TRANSITIONS,
  type ApplicationState,
  type ComparableFile,
  type ComparedField,
  changedFields,
} from "../../domain/application";
import { DomainError } from "../../domain/errors";
import { nextState } from "../../domain/lifecycle";
import { assertAllowed } from "../../domain/roles";
import { recordAudit } from "../audit";
import type { Actor, Tx, WorkflowContext } from "../context";
import { conflict, found } from "../guard";
import { queueNotifications } from "../notifications";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { parseInput, ZId } from "../validate";
import { type ApplicationInput, ZApplicationInput } from "./submit-application";

export type { ApplicationInput };

/** The same fields as a new application (so a form's errors land under the same fields), and the file's id. */
export const ZResubmitInput = ZApplicationInput.extend({ applicationId: ZId });

interface StoredFile {
  organisation: { name: string; kind: string };
  basis: string;
  competenceScope: string;
  competences: string;
  themes: string;
  experts: { name: string; email: string | null; function: string; qualifications: string; category: string }[];
}

const expertFacts = (e: {
  name: string;
  email?: string | null;
  function: string;
  qualifications: string;
  category: string;
}) => ({
  name: e.name,
  email: e.email ?? null,
  function: e.function,
  qualifications: e.qualifications,
  category: e.category,
});

function comparable(file: StoredFile): ComparableFile {
  return {
    organisationKind: file.organisation.kind,
    basis: file.basis,
    competenceScope: file.competenceScope,
    competences: file.competences,
    themes: JSON.parse(file.themes) as string[],
    experts: file.experts.map(expertFacts),
  };
}

/** The file sent back for changes, as its form is drawn again for the body: what it said when it was sent back. */
export function resubmissionDraft(file: StoredFile): ApplicationInput {
  return {
    organisationName: file.organisation.name,
    organisationKind: file.organisation.kind as ApplicationInput["organisationKind"],
    basis: file.basis as ApplicationInput["basis"],
    competenceScope: file.competenceScope as ApplicationInput["competenceScope"],
    competences: file.competences,
    themes: JSON.parse(file.themes) as ApplicationInput["themes"],
    experts: file.experts.map((e) => ({
      ...expertFacts(e),
      email: e.email ?? undefined,
    })) as ApplicationInput["experts"],
    commitmentAccepted: true,
  };
}

async function lastChangeRequest(tx: Tx, applicationId: string) {
  return tx.changeRequest.findFirst({ where: { applicationId }, orderBy: { requestedAt: "desc" } });
}

/**
 * The body sends back the file the committee asked it to change, through the same form: the application returns to
 * the committee, whose message says which fields changed. The body stays the one the file was filed for.
 */
export async function resubmitApplication(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZResubmitInput>,
): Promise<VerbResult<{ applicationId: string; changed: ComparedField[] }>> {
  const { applicationId, ...file } = parseInput(ZResubmitInput, rawInput);
  if (!file.commitmentAccepted) throw new DomainError("commitment_required", {}, "commitmentAccepted");
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    const app = found(
      await tx.application.findUnique({ where: { id: applicationId }, include: { organisation: true, experts: true } }),
      "application",
      applicationId,
    );
    assertAllowed("application.resubmit", who, { organisationId: app.organisationId, applicantId: app.submittedById });
    const request = await lastChangeRequest(tx, app.id);
    if (app.status !== "changes_requested" && request?.resubmittedAt) {
      // A double submit of the same form: the first one already sent it back.
      return { changed: false, value: { applicationId: app.id, changed: JSON.parse(request.changedFields ?? "[]") } };
    }
    const to = nextState(APPLICATION_TRANSITIONS, "resubmit", app.status as ApplicationState, "application");
    const experts = file.experts.map((e) => ({ ...e, email: e.email ?? null }));
    const changed = changedFields(comparable(app), {
      organisationKind: file.organisationKind,
      basis: file.basis,
      competenceScope: file.competenceScope,
      competences: file.competences,
      themes: file.themes,
      experts: experts.map(expertFacts),
    });
    const { count } = await tx.application.updateMany({
      where: { id: app.id, status: app.status },
      data: {
        status: to,
        basis: file.basis,
        competenceScope: file.competenceScope,
        competences: file.competences,
        themes: JSON.stringify(file.themes),
      },
    });
    if (count === 0) conflict("application", app.id);
    if (changed.includes("organisationKind")) {
      await tx.organisation.update({ where: { id: app.organisationId }, data: { kind: file.organisationKind } });
    }
    if (changed.includes("experts")) {
      await tx.applicationExpert.deleteMany({ where: { applicationId: app.id } });
      await tx.applicationExpert.createMany({ data: experts.map((e) => ({ ...e, applicationId: app.id })) });
    }
    if (request) {
      await tx.changeRequest.update({
        where: { id: request.id },
        data: { resubmittedAt: now, changedFields: JSON.stringify(changed) },
      });
    }
    await recordAudit(tx, actor, now, {
      entityType: "application",
      entityId: app.id,
      action: "resubmit",
      fromState: app.status,
      toState: to,
      data: { changed },
    });
    await queueNotifications(tx, now, [
      { kind: "application_resubmitted", channel: "committee", data: { applicationId: app.id, changed } },
    ]);
    return { changed: true, value: { applicationId: app.id, changed } };
  });
}
