import { type ActorFacts, embassyCountries, focalPointOrganisations, hasRole } from "../../domain/roles";
import type { WorkflowContext } from "../context";
import { loadViewer, type Viewer } from "../people";
import { firstOpenOfEachStatus, firstVisible, type MissionSummary, openSeenAs } from "./mission-summaries";

export type { MissionSummary };

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

/** Which open missions the person sees in each capacity it holds, in the order lists show them. */
function capacities(who: ActorFacts): [Capacity, string | readonly string[] | true][] {
  const bodies = focalPointOrganisations(who);
  const countries = embassyCountries(who);
  const out: [Capacity, string | readonly string[] | true][] = [];
  if (who.personId) out.push(["mine", who.personId]);
  if (bodies.length) out.push(["ofMyBodies", bodies]);
  if (countries.length) out.push(["ofMyCountries", countries]);
  if (hasRole(who, "daect")) out.push(["all", true]);
  return out;
}

async function listsOf(ctx: WorkflowContext, who: ActorFacts, take: number, only?: Capacity[]) {
  const lists: MissionLists = { mine: [], ofMyBodies: [], ofMyCountries: [], all: [] };
  await Promise.all(
    capacities(who)
      .filter(([capacity]) => !only || only.includes(capacity))
      .map(async ([capacity, value]) => {
        lists[capacity] = await openSeenAs(ctx.db, capacity, value, take);
      }),
  );
  return lists;
}

/**
 * The files a person may see, by the capacity in which they see them, the first `take` of each by start date;
 * closed files are left out. A read, so no transaction: one statement per capacity.
 */
export async function missionsFor(ctx: WorkflowContext, viewer: Viewer, take = 200): Promise<MissionLists> {
  return listsOf(ctx, await loadViewer(ctx.db, viewer), take);
}

/**
 * What the App Home lists: the person's own missions and their bodies' (the first `take` of each), and for DAECT
 * the first `perState[state]` open files of each state, which is all its sections show; nothing of the countries'.
 */
export async function homeMissionsFor(
  ctx: WorkflowContext,
  viewer: Viewer,
  perState: Readonly<Record<string, number>>,
  take = 200,
): Promise<MissionLists> {
  const who = await loadViewer(ctx.db, viewer);
  const [lists, all] = await Promise.all([
    listsOf(ctx, who, take, ["mine", "ofMyBodies"]),
    hasRole(who, "daect") ? firstOpenOfEachStatus(ctx.db, perState) : [],
  ]);
  return { ...lists, all };
}

export interface MissionPage {
  /** The first `size` distinct files, in capacity order (own, bodies', countries', every one), each by start date. */
  missions: MissionSummary[];
  /** How many distinct open files the person sees in all. */
  total: number;
}

/** The first page of the files a person sees, as `missionsFor`'s lists merged would begin, and how many there are. */
export async function missionPageFor(ctx: WorkflowContext, viewer: Viewer, size: number): Promise<MissionPage> {
  const who = await loadViewer(ctx.db, viewer);
  return firstVisible(
    ctx.db,
    {
      personId: who.personId,
      bodies: focalPointOrganisations(who),
      countries: embassyCountries(who),
      all: hasRole(who, "daect"),
    },
    size,
  );
}
