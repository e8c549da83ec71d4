import { perDialect } from "../../db/dialect";
import { readRows } from "../../db/direct-reads";
import { PENDING_APPLICATION_STATES } from "../../domain/application";
import { isRenewable, type LabelState, labelStateAt } from "../../domain/label";
import { assertAllowed, focalPointOrganisations } from "../../domain/roles";
import type { Theme } from "../../domain/themes";
import type { WorkflowContext } from "../context";
import { loadViewer, type Viewer } from "../people";
import { labelsInForce } from "./labels-in-force";

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

/** Labels in force (neither suspended nor ended) whose number or body matches what DAECT types in the mission form's label search. */
export async function activeLabelChoices(
  ctx: WorkflowContext,
  viewer: Viewer,
  query: string,
  limit = 100,
): Promise<LabelChoice[]> {
  assertAllowed("label.list", await loadViewer(ctx.db, viewer));
  const labels = await ctx.db.label.findMany({
    where: labelsInForce(ctx.clock.now()),
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

/** The embassies a mission may be sent to, for the mission form: read on every opening, by SQLite's driver itself. */
export async function embassyChoices(ctx: WorkflowContext): Promise<{ countryCode: string; name: string }[]> {
  return readRows(ctx.db, `SELECT "countryCode", "name" FROM "Embassy" ORDER BY "name" ASC`);
}

export interface BodyLabel {
  organisationId: string;
  organisation: string;
  /** The body's latest label, if any. */
  labelId: string | null;
  number: string | null;
  /** The label's state as it reads today (`labelStateAt`): a suspension past its date reads as active. */
  status: LabelState | null;
  validUntil: Date | null;
  /** The last instant of the suspension while the label is suspended, else null. */
  suspendedUntil: Date | null;
  /** Whether the body may renew it now (nearing its end, ended, or a PACT 2/3 label): "Renouveler" on the Home. */
  renewable: boolean;
  themes: Theme[];
  /** The body's application still before the committee (the one it may withdraw), if any. */
  pendingApplication: PendingApplication | null;
}

export interface PendingApplication {
  id: string;
  status: string;
  submittedAt: Date;
  submittedById: string;
}

const pendingWhere = () => ({ status: { in: [...PENDING_APPLICATION_STATES] } });
const pendingSelect = { id: true, status: true, submittedAt: true, submittedById: true } as const;

/**
 * The labels of the bodies the viewer is focal point of (the newest label of each body), and the application each
 * has before the committee, for its App Home. Only the focal point role shows a body's label.
 */
export async function labelsOfBodies(ctx: WorkflowContext, viewer: Viewer): Promise<BodyLabel[]> {
  const organisationIds = focalPointOrganisations(await loadViewer(ctx.db, viewer));
  if (organisationIds.length === 0) return [];
  const now = ctx.clock.now();
  const bodies = await ctx.db.organisation.findMany({
    where: { id: { in: organisationIds } },
    include: {
      labels: { orderBy: { validFrom: "desc" }, take: 1 },
      applications: { where: pendingWhere(), orderBy: { submittedAt: "desc" }, take: 1, select: pendingSelect },
    },
    orderBy: { name: "asc" },
  });
  return bodies.map((b) => {
    const label = b.labels[0];
    const status = label ? labelStateAt(label, now) : null;
    return {
      organisationId: b.id,
      organisation: b.name,
      labelId: label?.id ?? null,
      number: label?.number ?? null,
      status,
      validUntil: label?.validUntil ?? null,
      suspendedUntil: status === "suspended" ? (label?.suspendedUntil ?? null) : null,
      renewable: label ? isRenewable(label, now) : false,
      themes: label ? (JSON.parse(label.themes) as Theme[]) : [],
      pendingApplication: b.applications[0] ?? null,
    };
  });
}

/** An application the viewer filed, still before the committee, for a body they are not focal point of. */
export interface OwnApplication extends PendingApplication {
  organisationId: string;
  organisation: string;
}

const ownApplications = perDialect((d) =>
  d.numbered(`SELECT a."id", a."status", a."submittedAt", a."submittedById", a."organisationId", o."name" AS "organisation"
    FROM "Application" a JOIN "Organisation" o ON o."id" = a."organisationId"
    WHERE a."status" IN (${d.valuesOf("?")}) AND a."submittedById" = ?
      AND a."organisationId" NOT IN (${d.valuesOf("?")})
    ORDER BY a."submittedAt" DESC`),
);

/**
 * The viewer's own pending applications for bodies they hold no role over (a new body, or one without a focal point):
 * filing lets them follow and withdraw that application, and shows nothing else of the body.
 */
export async function ownPendingApplications(ctx: WorkflowContext, viewer: Viewer): Promise<OwnApplication[]> {
  const who = await loadViewer(ctx.db, viewer);
  if (!who.personId) return [];
  // Read on every App Home: one statement (the body's name joined), not Prisma's query per relation, run by SQLite's
  // driver itself (direct-reads.ts).
  const rows = await readRows<Omit<OwnApplication, "submittedAt"> & { submittedAt: string | Date }>(
    ctx.db,
    ownApplications(ctx.db),
    JSON.stringify(PENDING_APPLICATION_STATES),
    who.personId,
    JSON.stringify(focalPointOrganisations(who)),
  );
  return rows.map((row) => ({ ...row, submittedAt: new Date(row.submittedAt) }));
}
