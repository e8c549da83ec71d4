import { type Dialect, perDialect } from "../../db/dialect";
import { readRows } from "../../db/direct-reads";
import { type ReportDue, reportDueOf } from "../../domain/deadline";
import { canTransition } from "../../domain/lifecycle";
import { MISSION_TRANSITIONS, type MissionState } from "../../domain/mission";
import { type ActorFacts, assertAllowed, isAllowed, type Subject } from "../../domain/roles";
import { dateIn } from "../../domain/time";
import type { SqlTx, Tx, WorkflowContext } from "../context";
import { viewerWithStandIns } from "../delegation/acting-for";
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
  /** The deadline cards show: the planned one (last leg's end + 2 months, R1) until the return is recorded. */
  reportDue: ReportDue | null;
  legs: { kind: string; startDate: string; endDate: string; peopleCount: number; place: string | null }[];
  /** The e-mail is how the mission form names a missionary, so an edit can show the form as it was filled. */
  missionaries: { id: string; name: string; email: string }[];
  /** The embassy's last decision, if any. */
  decision: {
    decision: string;
    by: string;
    /** Who decided, to tell a repeated click of the same person from a second, different decision. */
    byId: string | null;
    at: Date;
    comment: string | null;
    round: number;
  } | null;
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
  /** §3: the body's focal point (or DAECT) may confirm that it goes, once the embassy has validated. */
  confirm: boolean;
}

/** One row of DETAILS: the mission's own columns, its relations as JSON, the names joined in. */
interface DetailsRow {
  id: string;
  reference: string;
  status: string;
  version: number | bigint;
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
  transportCostCents: number | bigint;
  stayCostBearer: string | null;
  startDate: string;
  endDate: string;
  reportDeadline: string | null;
  legs: string;
  missionaries: string;
  decision: string | null;
  report: string | null;
  reimbursementCents: number | bigint | null;
  /** Only with the focal points joined: one row per focal point of the mission's body (null when it has none). */
  focalPointId?: string | null;
  /** With them, a stand-in for the body's focal point today (src/domain/delegation.ts), who hears what they hear. */
  delegateId?: string | null;
}

/**
 * The mission, its legs, people, last embassy decision, report and reimbursement, and the names of who decided,
 * wrote and reviewed, in one statement: a card refresh reads this on every view, and through Prisma's include it
 * cost a query per relation (~1 ms of CPU each). The JSON functions come from src/db/dialect.ts.
 * A name no longer found shows the person's id; no person at all is EXPE-CT, as the audit trail names the system.
 */
const details = (d: Dialect) => `
  SELECT m."id", m."reference", m."status", m."version", m."countryCode", m."organisationId",
    o."name" AS "organisation", m."labelId", l."number" AS "labelNumber", m."foreignPartner", m."nature",
    m."natureDetail", m."expectedResult", m."followUp", m."transportCostCents", m."stayCostBearer", m."startDate",
    m."endDate", m."reportDeadline",
    (SELECT ${d.text(
      d.jsonArray(`${d.jsonObject}('kind', g."kind", 'startDate', g."startDate", 'endDate', g."endDate",
        'peopleCount', g."peopleCount", 'place', g."place")`),
    )}
      FROM (SELECT * FROM "MissionLeg" WHERE "missionId" = m."id" ORDER BY "position") g) AS "legs",
    (SELECT ${d.text(d.jsonArray(`${d.jsonObject}('id', p."id", 'name', p."name", 'email', p."email")`))}
      FROM "MissionMissionary" x JOIN "Person" p ON p."id" = x."personId" WHERE x."missionId" = m."id") AS "missionaries",
    (SELECT ${d.text(`${d.jsonObject}('decision', d."decision", 'by', COALESCE(dp."name", d."decidedById", 'EXPE-CT'), 'byId', d."decidedById",
        'at', ${d.instantInJson('d."decidedAt"')}, 'comment', d."comment", 'round', d."round")`)}
      FROM "EmbassyDecision" d LEFT JOIN "Person" dp ON dp."id" = d."decidedById"
      WHERE d."missionId" = m."id" ORDER BY d."round" DESC LIMIT 1) AS "decision",
    CASE WHEN r."id" IS NULL THEN NULL ELSE ${d.text(`${d.jsonObject}('status', r."status", 'objectAccount', r."objectAccount",
      'complementaryAction', r."complementaryAction", 'complementaryDetail', r."complementaryDetail",
      'longTermCooperation', r."longTermCooperation", 'cooperationDetail', r."cooperationDetail",
      'submittedBy', COALESCE(sp."name", r."submittedById", 'EXPE-CT'), 'submittedAt', ${d.instantInJson('r."submittedAt"')},
      'late', r."late", 'reviewedBy', CASE WHEN r."reviewedById" IS NULL THEN NULL ELSE COALESCE(rp."name", r."reviewedById") END,
      'reviewedAt', ${d.instantInJson('r."reviewedAt"')}, 'reviewComment', r."reviewComment")`)} END AS "report",
    rb."amountCents" AS "reimbursementCents"
  FROM "Mission" m
  JOIN "Organisation" o ON o."id" = m."organisationId"
  JOIN "Label" l ON l."id" = m."labelId"
  LEFT JOIN "Report" r ON r."missionId" = m."id"
  LEFT JOIN "Person" sp ON sp."id" = r."submittedById"
  LEFT JOIN "Person" rp ON rp."id" = r."reviewedById"
  LEFT JOIN "Reimbursement" rb ON rb."missionId" = m."id"`;

/**
 * The details with the body's focal points joined, one row each, for the embassy decision that notifies them.
 */
const statements = perDialect((d) => {
  const byId = `${details(d)}
  WHERE m."id" = ?`;
  return {
    byId: d.numbered(byId),
    withFocalPoints: d.numbered(`
  SELECT d.*, f."personId" AS "focalPointId", g."delegateId" AS "delegateId"
  FROM (${byId}) d
  LEFT JOIN "RoleAssignment" f ON f."role" = 'focal_point' AND f."scope" = d."organisationId"
  LEFT JOIN "Delegation" g ON g."role" = 'focal_point' AND g."scope" = d."organisationId" AND g."toDate" >= ?
    AND g."fromDate" <= ? AND g."revokedAt" IS NULL
    AND EXISTS (SELECT 1 FROM "RoleAssignment" x WHERE x."personId" = g."delegatorId" AND x."role" = g."role"
      AND x."scope" = g."scope")
  ORDER BY f."id", g."id"`),
  };
});

/** How JSON carries these: instants as text, booleans as 0 or 1. */
type DecisionJson = Omit<NonNullable<MissionDetails["decision"]>, "at"> & { at: string };
type ReportJson = Omit<
  NonNullable<MissionDetails["report"]>,
  "submittedAt" | "reviewedAt" | "complementaryAction" | "longTermCooperation" | "late"
> & {
  submittedAt: string;
  reviewedAt: string | null;
  complementaryAction: number;
  longTermCooperation: number;
  late: number;
};

/** On SQLite's driver directly outside a transaction (a card refresh, a report form): src/db/direct-reads.ts. */
async function loadDetails(db: Tx, missionId: string): Promise<MissionDetails> {
  const rows = await readRows<DetailsRow>(db, statements(db).byId, missionId);
  return detailsOf(found(rows[0], "mission", missionId));
}

/**
 * The mission as its cards show it and the ids of its body's focal points and of their stand-ins today, in one
 * statement: the embassy decision reads both in its transaction and hands the mission back to the card, which then
 * reads nothing again.
 */
export async function loadDetailsWithFocalPoints(
  tx: SqlTx,
  missionId: string,
  now: Date,
): Promise<{ mission: MissionDetails; focalPointIds: string[] }> {
  const today = dateIn(now);
  const rows = await readRows<DetailsRow>(tx, statements(tx).withFocalPoints, missionId, today, today);
  const first = found(rows[0], "mission", missionId);
  const ids = rows.flatMap((row) => [row.focalPointId, row.delegateId].filter((id): id is string => Boolean(id)));
  return { mission: detailsOf(first), focalPointIds: [...new Set(ids)] };
}

function detailsOf({ focalPointId: _, delegateId: __, ...m }: DetailsRow): MissionDetails {
  const decision = m.decision ? (JSON.parse(m.decision) as DecisionJson) : null;
  const report = m.report ? (JSON.parse(m.report) as ReportJson) : null;
  return {
    ...m,
    version: Number(m.version),
    transportCostCents: Number(m.transportCostCents),
    legs: JSON.parse(m.legs) as MissionDetails["legs"],
    missionaries: JSON.parse(m.missionaries) as MissionDetails["missionaries"],
    decision: decision ? { ...decision, at: new Date(decision.at) } : null,
    report: report
      ? {
          ...report,
          complementaryAction: Boolean(report.complementaryAction),
          longTermCooperation: Boolean(report.longTermCooperation),
          late: Boolean(report.late),
          submittedAt: new Date(report.submittedAt),
          reviewedAt: report.reviewedAt === null ? null : new Date(report.reviewedAt),
        }
      : null,
    reimbursementCents: m.reimbursementCents === null ? null : Number(m.reimbursementCents),
    reportDue: reportDueOf(m),
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
  const [viewed, mission] = await Promise.all([loadViewer(ctx.db, viewer), loadDetails(ctx.db, missionId)]);
  const who = await viewerWithStandIns(ctx.db, "mission.view", viewed, subjectOf(mission), ctx.clock.now());
  assertAllowed("mission.view", who, subjectOf(mission));
  return { mission, can: abilitiesOf(who, mission) };
}

function subjectOf(mission: MissionDetails): Subject {
  return {
    organisationId: mission.organisationId,
    countryCode: mission.countryCode,
    missionaryIds: mission.missionaries.map((m) => m.id),
  };
}

/** What this person may do with the mission as shown, from the domain's permission table. */
export function abilitiesOf(who: ActorFacts, mission: MissionDetails): MissionAbilities {
  const subject = subjectOf(mission);
  return {
    decideAsEmbassy: isAllowed("mission.embassy_decide", who, subject),
    writeReport: isAllowed("report.submit", who, subject),
    reviewReport: isAllowed("report.review", who, subject),
    requestExtension: isAllowed("extension.request", who, subject),
    confirm:
      canTransition(MISSION_TRANSITIONS, "confirm", mission.status as MissionState) &&
      isAllowed("mission.confirm", who, subject),
  };
}
