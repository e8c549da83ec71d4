import type { WorkflowContext } from "../context";
import { found } from "../guard";

export interface MissionBrief {
  id: string;
  reference: string;
  status: string;
  organisationId: string;
  organisation: string;
  countryCode: string;
  foreignPartner: string;
  startDate: string;
  endDate: string;
  reportDeadline: string | null;
  missionaries: string[];
  report: {
    status: string;
    objectAccount: string;
    complementaryAction: boolean;
    complementaryDetail: string | null;
    longTermCooperation: boolean;
    cooperationDetail: string | null;
    submittedBy: string;
    late: boolean;
  } | null;
}

/** A mission in a few lines, with its report: what a notification or a review prompt shows. */
export async function missionBrief(ctx: WorkflowContext, missionId: string): Promise<MissionBrief> {
  const m = found(
    await ctx.db.mission.findUnique({
      where: { id: missionId },
      include: {
        organisation: { select: { name: true } },
        missionaries: { include: { person: { select: { id: true, name: true } } } },
        report: true,
      },
    }),
    "mission",
    missionId,
  );
  const author = m.report ? m.missionaries.find((x) => x.person.id === m.report?.submittedById)?.person.name : null;
  return {
    id: m.id,
    reference: m.reference,
    status: m.status,
    organisationId: m.organisationId,
    organisation: m.organisation.name,
    countryCode: m.countryCode,
    foreignPartner: m.foreignPartner,
    startDate: m.startDate,
    endDate: m.endDate,
    reportDeadline: m.reportDeadline,
    missionaries: m.missionaries.map((x) => x.person.name),
    report: m.report
      ? {
          status: m.report.status,
          objectAccount: m.report.objectAccount,
          complementaryAction: m.report.complementaryAction,
          complementaryDetail: m.report.complementaryDetail,
          longTermCooperation: m.report.longTermCooperation,
          cooperationDetail: m.report.cooperationDetail,
          submittedBy: author ?? "EXPE-CT",
          late: m.report.late,
        }
      : null,
  };
}
