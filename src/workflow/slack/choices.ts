import { PENDING_APPLICATION_STATES } from "../../domain/application";
import type { Theme } from "../../domain/themes";
import type { WorkflowContext } from "../context";

export interface LabelChoice {
  labelId: string;
  organisationId: string;
  number: string;
  organisation: string;
}

function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/** Active labels whose number or body matches what DAECT types in the mission form's label search. */
export async function activeLabelChoices(ctx: WorkflowContext, query: string, limit = 100): Promise<LabelChoice[]> {
  const labels = await ctx.db.label.findMany({
    where: { status: "active", validUntil: { gte: ctx.clock.now() } },
    include: { organisation: { select: { name: true } } },
    orderBy: { number: "asc" },
  });
  const words = normalise(query).split(/\s+/).filter(Boolean);
  return labels
    .filter((l) => words.every((w) => normalise(`${l.number} ${l.organisation.name}`).includes(w)))
    .slice(0, limit)
    .map((l) => ({
      labelId: l.id,
      organisationId: l.organisationId,
      number: l.number,
      organisation: l.organisation.name,
    }));
}

export async function embassyChoices(ctx: WorkflowContext): Promise<{ countryCode: string; name: string }[]> {
  return ctx.db.embassy.findMany({ select: { countryCode: true, name: true }, orderBy: { name: "asc" } });
}

export interface BodyLabel {
  organisationId: string;
  organisation: string;
  number: string | null;
  status: string | null;
  validUntil: Date | null;
  themes: Theme[];
  /** The body's application still before the committee (the one it may withdraw), if any. */
  pendingApplication: { id: string; status: string; submittedAt: Date } | null;
}

/**
 * The labels of the bodies a focal point answers for (the newest label of each body), and the application each has
 * before the committee, for its App Home.
 */
export async function labelsOfBodies(ctx: WorkflowContext, organisationIds: readonly string[]): Promise<BodyLabel[]> {
  const bodies = await ctx.db.organisation.findMany({
    where: { id: { in: [...organisationIds] } },
    include: {
      labels: { orderBy: { validFrom: "desc" }, take: 1 },
      applications: {
        where: { status: { in: [...PENDING_APPLICATION_STATES] } },
        orderBy: { submittedAt: "desc" },
        take: 1,
        select: { id: true, status: true, submittedAt: true },
      },
    },
    orderBy: { name: "asc" },
  });
  return bodies.map((b) => {
    const label = b.labels[0];
    return {
      organisationId: b.id,
      organisation: b.name,
      number: label?.number ?? null,
      status: label?.status ?? null,
      validUntil: label?.validUntil ?? null,
      themes: label ? (JSON.parse(label.themes) as Theme[]) : [],
      pendingApplication: b.applications[0] ?? null,
    };
  });
}
