import type { Prisma } from "../../db/client";
import { ACTIVE_MISSION_STATES } from "../../domain/mission";
import { type ActorFacts, embassyCountries, focalPointOrganisations, hasRole } from "../../domain/roles";
import type { WorkflowContext } from "../context";
import { loadViewer, type Viewer } from "../people";

/** What a line of a mission list shows and decides its buttons by: no legs, label or people, read per relation. */
const summary = {
  organisation: { select: { name: true } },
  missionaries: { select: { personId: true } },
  report: { select: { status: true, submittedAt: true, late: true } },
} as const;
export type MissionSummary = Prisma.MissionGetPayload<{ include: typeof summary }>;

export interface MissionLists {
  /** As a missionary: the caller's own missions. */
  mine: MissionSummary[];
  /** As a focal point: the missions of the caller's bodies. */
  ofMyBodies: MissionSummary[];
  /** As embassy staff: missions of the caller's countries. */
  ofMyCountries: MissionSummary[];
  /** As DAECT: every open file. */
  all: MissionSummary[];
}

type Capacity = keyof MissionLists;

const open = { status: { in: [...ACTIVE_MISSION_STATES] } };
// By start date, then id: a page and the next agree on the order of missions that start the same day.
const byStart: Prisma.MissionOrderByWithRelationInput[] = [{ startDate: "asc" }, { id: "asc" }];

/** Which open missions the person sees in each capacity it holds, in the order lists show them. */
function capacities(who: ActorFacts): [Capacity, Prisma.MissionWhereInput][] {
  const bodies = focalPointOrganisations(who);
  const countries = embassyCountries(who);
  const out: [Capacity, Prisma.MissionWhereInput][] = [];
  if (who.personId) out.push(["mine", { missionaries: { some: { personId: who.personId } } }]);
  if (bodies.length) out.push(["ofMyBodies", { organisationId: { in: bodies } }]);
  if (countries.length) out.push(["ofMyCountries", { countryCode: { in: countries } }]);
  if (hasRole(who, "daect")) out.push(["all", {}]);
  return out;
}

/**
 * The files a person may see, by the capacity in which they see them, the first `take` of each by start date;
 * closed files are left out. A read, so no transaction: each list is one consistent statement.
 */
export async function missionsFor(ctx: WorkflowContext, viewer: Viewer, take = 200): Promise<MissionLists> {
  const who = await loadViewer(ctx.db, viewer);
  const lists: MissionLists = { mine: [], ofMyBodies: [], ofMyCountries: [], all: [] };
  await Promise.all(
    capacities(who).map(async ([capacity, where]) => {
      lists[capacity] = await ctx.db.mission.findMany({
        where: { ...open, ...where },
        include: summary,
        orderBy: byStart,
        take,
      });
    }),
  );
  return lists;
}

export interface MissionPage {
  /** The first `size` distinct files, in capacity order (own, bodies', countries', every one), each by start date. */
  missions: MissionSummary[];
  /** How many distinct open files the person sees in all. */
  total: number;
}

/**
 * The first page of the files a person sees, as `missionsFor`'s lists merged would begin, and how many there are:
 * ids first (a light read per capacity), the page's summaries then in one read, the total counted in SQL.
 */
export async function missionPageFor(ctx: WorkflowContext, viewer: Viewer, size: number): Promise<MissionPage> {
  const who = await loadViewer(ctx.db, viewer);
  const scopes = capacities(who);
  if (scopes.length === 0) return { missions: [], total: 0 };
  // Reaching a capacity, fewer than `size` ids are taken, and only they can repeat in it: 2 × size suffice.
  const [idLists, total] = await Promise.all([
    Promise.all(
      scopes.map(([, where]) =>
        ctx.db.mission.findMany({
          where: { ...open, ...where },
          select: { id: true },
          orderBy: byStart,
          take: 2 * size,
        }),
      ),
    ),
    // DAECT sees every open file; Prisma reads an empty condition inside OR as false, so it is not put there.
    ctx.db.mission.count({
      where: scopes.some(([capacity]) => capacity === "all") ? open : { ...open, OR: scopes.map(([, where]) => where) },
    }),
  ]);
  const ids = [...new Set(idLists.flat().map((m) => m.id))].slice(0, size);
  const rows = await ctx.db.mission.findMany({ where: { id: { in: ids } }, include: summary });
  const byId = new Map(rows.map((m) => [m.id, m]));
  return { missions: ids.flatMap((id) => byId.get(id) ?? []), total };
}
