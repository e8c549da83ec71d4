import { type CommitteeStanding, committeeStanding, countOpinions, type OpinionCounts } from "../../domain/committee";
import { assertAllowed, isAllowed } from "../../domain/roles";
import type { Theme } from "../../domain/themes";
import { focalPointToBe } from "../applications/focal-point-on-approval";
import type { AttachmentLine } from "../attachments/read-attachment";
import { declaredTies } from "../committee/committee-ties";
import type { Tx, WorkflowContext } from "../context";
import { found } from "../guard";
import { focalPointIds, loadViewer, type Viewer } from "../people";
import { inTransaction } from "../run";

/** The body an application is filed for, as the register knew it besides this application. */
export interface BodyStanding {
  /** The body existed before this application: an earlier application, or a label (PACT 2/3 history included). */
  known: boolean;
  /** Its newest label not issued on this application. */
  label: { number: string; source: string; status: string; validFrom: Date; validUntil: Date } | null;
  /** The names of its focal points now; empty for none. */
  focalPoints: string[];
}

export interface ApplicationView {
  id: string;
  status: string;
  organisation: string;
  organisationKind: string;
  basis: string;
  competenceScope: string;
  competences: string;
  themes: Theme[];
  experts: { name: string; function: string; qualifications: string; category: string }[];
  submittedBy: string;
  submittedAt: Date;
  /** Each member's opinion, in the order given (abstentions are counted, not listed). */
  opinions: Opinion[];
  counts: OpinionCounts;
  /** The viewer's own opinion, for a person: a second click is told what they said and when. */
  myOpinion: Opinion | null;
  /** For a committee member: whether they declared their ties, and whether they are tied to this body. */
  standing: CommitteeStanding | null;
  /** The committee's last request for changes, and what the body's resubmission changed (field keys). */
  changeRequest: {
    comment: string;
    by: string;
    at: Date;
    resubmittedAt: Date | null;
    changed: string[];
  } | null;
  decision: { status: string; by: string; at: Date; reason: string | null; labelNumber: string | null } | null;
  /** For those who examine applications (the committee, DAECT) only: filing shows the applicant nothing of the body. */
  body: BodyStanding | null;
  /** Who approval would make focal point of the body: null when nobody (a focal point in place, or DAECT filed). */
  focalPointOnApproval: string | null;
  /** The label this application renews ("Renouvellement du label N°…"), if it is a renewal. */
  renewalOf: { number: string; source: string } | null;
  /** The files joined to it, in the order they came (names are the body's; the bytes are read by link). */
  attachments: AttachmentLine[];
}

export interface Opinion {
  value: string;
  comment: string | null;
  by: string;
  at: Date;
}

async function namesOf(tx: Tx, ids: (string | null)[]): Promise<(id: string | null) => string> {
  const wanted = ids.filter((id): id is string => Boolean(id));
  const people = await tx.person.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return (id) => people.find((p) => p.id === id)?.name ?? "EXPE-CT";
}

async function standingOf(
  tx: Tx,
  app: { id: string; organisationId: string; submittedAt: Date },
): Promise<{ label: BodyStanding["label"]; earlier: number; focalPointIds: string[] }> {
  const [label, earlier, focalPoints] = await Promise.all([
    tx.label.findFirst({
      where: { organisationId: app.organisationId, OR: [{ applicationId: null }, { applicationId: { not: app.id } }] },
      orderBy: { validFrom: "desc" },
      select: { number: true, source: true, status: true, validFrom: true, validUntil: true },
    }),
    tx.application.count({
      where: { organisationId: app.organisationId, id: { not: app.id }, submittedAt: { lte: app.submittedAt } },
    }),
    focalPointIds(tx, app.organisationId),
  ]);
  return { label, earlier, focalPointIds: focalPoints };
}

function opinionOf(
  row: { opinion: string; comment: string | null; personId: string; at: Date } | undefined,
  nameOf: (id: string | null) => string,
): Opinion | null {
  return row ? { value: row.opinion, comment: row.comment, by: nameOf(row.personId), at: row.at } : null;
}

/**
 * An application as the committee sees it, with who recommended and decided, what the register already knows of
 * the body, and who approval would make its focal point; for a viewer allowed to see it.
 */
export async function applicationView(
  ctx: WorkflowContext,
  viewer: Viewer,
  applicationId: string,
): Promise<ApplicationView> {
  return inTransaction(ctx, async (tx) => {
    const who = await loadViewer(tx, viewer);
    const app = found(
      await tx.application.findUnique({
        where: { id: applicationId },
        include: {
          organisation: true,
          experts: true,
          label: { select: { number: true } },
          renewalOf: { select: { number: true, source: true } },
        },
      }),
      "application",
      applicationId,
    );
    assertAllowed("application.view", who, { organisationId: app.organisationId, applicantId: app.submittedById });
    const [standing, toBe, opinions, request, attachments] = await Promise.all([
      standingOf(tx, app),
      focalPointToBe(tx, app),
      tx.committeeOpinion.findMany({ where: { applicationId: app.id }, orderBy: { at: "asc" } }),
      tx.changeRequest.findFirst({ where: { applicationId: app.id }, orderBy: { requestedAt: "desc" } }),
      tx.attachment.findMany({
        where: { caseKind: "application", caseId: app.id },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, name: true, type: true, size: true },
      }),
    ]);
    const member = who.personId !== "" && isAllowed("application.decide", who);
    const ties = member ? await declaredTies(tx, who.personId) : null;
    const nameOf = await namesOf(tx, [
      app.submittedById,
      ...opinions.map((o) => o.personId),
      request?.requestedById ?? null,
      app.decidedById,
      toBe,
      ...standing.focalPointIds,
    ]);
    return {
      id: app.id,
      status: app.status,
      organisation: app.organisation.name,
      organisationKind: app.organisation.kind,
      basis: app.basis,
      competenceScope: app.competenceScope,
      competences: app.competences,
      themes: JSON.parse(app.themes) as Theme[],
      experts: app.experts.map((e) => ({
        name: e.name,
        function: e.function,
        qualifications: e.qualifications,
        category: e.category,
      })),
      submittedBy: nameOf(app.submittedById),
      submittedAt: app.submittedAt,
      opinions: opinions
        .filter((o) => o.opinion !== "abstention")
        .map((o) => ({ value: o.opinion, comment: o.comment, by: nameOf(o.personId), at: o.at })),
      counts: countOpinions(opinions),
      myOpinion: opinionOf(
        opinions.find((o) => o.personId === who.personId),
        nameOf,
      ),
      standing: ties ? committeeStanding(ties, app.organisationId) : null,
      changeRequest: request
        ? {
            comment: request.comment,
            by: nameOf(request.requestedById),
            at: request.requestedAt,
            resubmittedAt: request.resubmittedAt,
            changed: JSON.parse(request.changedFields ?? "[]") as string[],
          }
        : null,
      decision:
        app.decidedAt && (app.status === "approved" || app.status === "rejected")
          ? {
              status: app.status,
              by: nameOf(app.decidedById),
              at: app.decidedAt,
              reason: app.decisionReason,
              labelNumber: app.label?.number ?? null,
            }
          : null,
      body: isAllowed("application.recommend", who)
        ? {
            known: standing.label !== null || standing.earlier > 0,
            label: standing.label,
            focalPoints: standing.focalPointIds.map(nameOf),
          }
        : null,
      focalPointOnApproval: toBe ? nameOf(toBe) : null,
      renewalOf: app.renewalOf,
      attachments,
    };
  });
}
