import type { Prisma } from "../../db/client";
import { ACTIVE_MISSION_STATES } from "../../domain/mission";
import { embassyCountries, focalPointOrganisations, hasRole } from "../../domain/roles";
import type { Actor, WorkflowContext } from "../context";
import { loadActor } from "../people";
import { inTransaction } from "../run";

const summary = {
  organisation: { select: { name: true } },
  label: { select: { number: true } },
  legs: { orderBy: { position: "asc" } },
  missionaries: { include: { person: { select: { id: true, name: true, email: true } } } },
  report: { select: { status: true, submittedAt: true, late: true } },
  reimbursement: { select: { status: true, amountCents: true } },
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

/** The files a person may see, by the capacity in which they see them; closed files are left out. */
export async function missionsFor(ctx: WorkflowContext, actor: Actor): Promise<MissionLists> {
  return inTransaction(ctx, async (tx) => {
    const who = await loadActor(tx, actor);
    const open = { status: { in: [...ACTIVE_MISSION_STATES] } };
    const query = (where: Prisma.MissionWhereInput) =>
      tx.mission.findMany({ where: { ...open, ...where }, include: summary, orderBy: { startDate: "asc" }, take: 200 });
    const bodies = focalPointOrganisations(who);
    const countries = embassyCountries(who);
    return {
      mine: who.personId ? await query({ missionaries: { some: { personId: who.personId } } }) : [],
      ofMyBodies: bodies.length ? await query({ organisationId: { in: bodies } }) : [],
      ofMyCountries: countries.length ? await query({ countryCode: { in: countries } }) : [],
      all: hasRole(who, "daect") ? await query({}) : [],
    };
  });
}
