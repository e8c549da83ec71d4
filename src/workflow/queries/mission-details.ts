import { assertAllowed, isAllowed } from "../../domain/roles";
import type { Tx, WorkflowContext } from "../context";
import { found } from "../guard";
import { loadViewer, type Viewer } from "../people";

export interface MissionDetails {
  id: string;
  reference: string;
  status: string;
  version: number;
  countryCode: string;
  organisationId: string;
  organisation: string;
  labelId: string;
  labelNumber: string;
  foreignPartner: string;
  nature: string;
  natureDetail: string | null;
  expectedResult: string;
  followUp: string | null;
  transportCostCents: number;
  stayCostBearer: string | null;
  startDate: string;
  endDate: string;
  reportDeadline: string | null;
  legs: { kind: string; startDate: string; endDate: string; peopleCount: number; place: string | null }[];
  /** The e-mail is how the mission form names a missionary, so an edit can show the form as it was filled. */
  missionaries: { id: string; name: string; email: string }[];
  /** The embassy's last decision, if any. */
  decision: { decision: string; by: string; at: Date; comment: string | null; round: number } | null;
  report: {
    status: string;
    objectAccount: string;
    complementaryAction: boolean;
    complementaryDetail: string | null;
    longTermCooperation: boolean;
    cooperationDetail: string | null;
    submittedBy: string;
    submittedAt: Date;
    late: boolean;
    reviewedBy: string | null;
    reviewedAt: Date | null;
    reviewComment: string | null;
  } | null;
  reimbursementCents: number | null;
}

/** What the person looking at a mission may do with it, from the domain's permission table. */
export interface MissionAbilities {
  decideAsEmbassy: boolean;
  writeReport: boolean;
  reviewReport: boolean;
  requestExtension: boolean;
}

async function names(tx: Tx, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = ids.filter((id): id is string => Boolean(id));
  const people = await tx.person.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(people.map((p) => [p.id, p.name]));
}

async function loadDetails(tx: Tx, missionId: string): Promise<MissionDetails> {
  const m = found(
    await tx.mission.findUnique({
      where: { id: missionId },
      include: {
        organisation: { select: { name: true } },
        label: { select: { number: true } },
        legs: { orderBy: { position: "asc" } },
        missionaries: { include: { person: { select: { id: true, name: true, email: true } } } },
        embassyDecisions: { orderBy: { round: "desc" }, take: 1 },
        report: true,
        reimbursement: { select: { amountCents: true } },
      },
    }),
    "mission",
    missionId,
  );
  const decision = m.embassyDecisions[0];
  const who = await names(tx, [decision?.decidedById, m.report?.submittedById, m.report?.reviewedById]);
  const nameOf = (id: string | null | undefined) => (id ? (who.get(id) ?? id) : "EXPE-CT");
  return {
    id: m.id,
    reference: m.reference,
    status: m.status,
    version: m.version,
    countryCode: m.countryCode,
    organisationId: m.organisationId,
    organisation: m.organisation.name,
    labelId: m.labelId,
    labelNumber: m.label.number,
    foreignPartner: m.foreignPartner,
    nature: m.nature,
    natureDetail: m.natureDetail,
    expectedResult: m.expectedResult,
    followUp: m.followUp,
    transportCostCents: m.transportCostCents,
    stayCostBearer: m.stayCostBearer,
    startDate: m.startDate,
    endDate: m.endDate,
    reportDeadline: m.reportDeadline,
    legs: m.legs.map((l) => ({
      kind: l.kind,
      startDate: l.startDate,
      endDate: l.endDate,
      peopleCount: l.peopleCount,
      place: l.place,
    })),
    missionaries: m.missionaries.map((x) => ({ id: x.person.id, name: x.person.name, email: x.person.email })),
    decision: decision
      ? {
          decision: decision.decision,
          by: nameOf(decision.decidedById),
          at: decision.decidedAt,
          comment: decision.comment,
          round: decision.round,
        }
      : null,
    report: m.report
      ? {
          status: m.report.status,
          objectAccount: m.report.objectAccount,
          complementaryAction: m.report.complementaryAction,
          complementaryDetail: m.report.complementaryDetail,
          longTermCooperation: m.report.longTermCooperation,
          cooperationDetail: m.report.cooperationDetail,
          submittedBy: nameOf(m.report.submittedById),
          submittedAt: m.report.submittedAt,
          late: m.report.late,
          reviewedBy: m.report.reviewedById ? nameOf(m.report.reviewedById) : null,
          reviewedAt: m.report.reviewedAt,
          reviewComment: m.report.reviewComment,
        }
      : null,
    reimbursementCents: m.reimbursement?.amountCents ?? null,
  };
}

/**
 * A mission as its cards and messages show it, to a viewer allowed to see it (forbidden otherwise), with what that
 * viewer may do. A deliverer's viewer is the notification's recipient, or the audience of the shared channel.
 */
export async function missionDetailsFor(
  ctx: WorkflowContext,
  viewer: Viewer,
  missionId: string,
): Promise<{ mission: MissionDetails; can: MissionAbilities }> {
  // A read, so no transaction: the names read after the mission only label who did what.
  const [who, mission] = await Promise.all([loadViewer(ctx.db, viewer), loadDetails(ctx.db, missionId)]);
  const subject = {
    organisationId: mission.organisationId,
    countryCode: mission.countryCode,
    missionaryIds: mission.missionaries.map((m) => m.id),
  };
  assertAllowed("mission.view", who, subject);
  return {
    mission,
    can: {
      decideAsEmbassy: isAllowed("mission.embassy_decide", who, subject),
      writeReport: isAllowed("report.submit", who, subject),
      reviewReport: isAllowed("report.review", who, subject),
      requestExtension: isAllowed("extension.request", who, subject),
    },
  };
}
