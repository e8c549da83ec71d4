import type { Theme } from "../../domain/themes";
import type { WorkflowContext } from "../context";
import { found } from "../guard";

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
  recommendation: { value: string; comment: string | null; by: string; at: Date } | null;
  decision: { status: string; by: string; at: Date; reason: string | null; labelNumber: string | null } | null;
  /** Where the committee's post of this application is, to update it in place ("slack:<channel>:<ts>"). */
  committeeMessageRef: string | null;
}

/** An application as the committee sees it, with who recommended and decided. */
export async function applicationView(ctx: WorkflowContext, applicationId: string): Promise<ApplicationView> {
  const app = found(
    await ctx.db.application.findUnique({
      where: { id: applicationId },
      include: { organisation: true, experts: true, label: { select: { number: true } } },
    }),
    "application",
    applicationId,
  );
  const ids = [app.submittedById, app.recommendedById, app.decidedById].filter((id): id is string => Boolean(id));
  const people = await ctx.db.person.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name ?? "EXPE-CT";
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
    recommendation:
      app.recommendation && app.recommendedAt
        ? {
            value: app.recommendation,
            comment: app.recommendationComment,
            by: nameOf(app.recommendedById),
            at: app.recommendedAt,
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
    committeeMessageRef: app.committeeMessageRef,
  };
}
