import { z } from "zod";
import { Prisma } from "../../db/client";
import { executeSql } from "../../db/direct-reads";
import { DomainError } from "../../domain/errors";
import { requireComment } from "../../domain/lifecycle";
import { LIMITS } from "../../domain/limits";
import { MISSION_TRANSITIONS } from "../../domain/mission";
import type { Actor, SqlTx, WorkflowContext } from "../context";
import { assertAllowedFor, onBehalf } from "../delegation/acting-for";
import { queueNotifications, toEach } from "../notifications";
import { loadActor } from "../people";
import {
  abilitiesOf,
  loadDetailsWithFocalPoints,
  type MissionAbilities,
  type MissionDetails,
} from "../queries/mission-details";
import { sqlInstant } from "../reminders/sweep-sql";
import { newRowId } from "../row-id";
import { inSqlTransaction, type VerbResult } from "../run";
import { transition } from "../transition";
import { parseInput, ZId, ZOptionalText } from "../validate";

export const ZEmbassyDecisionInput = z.object({
  missionId: ZId,
  decision: z.enum(["validate", "refuse"]),
  comment: ZOptionalText(LIMITS.embassyComment),
  /** The version of the terms the embassy read (the card's round): a decision on older terms is refused. */
  round: z.number().int().min(0).optional(),
});

export interface EmbassyDecided {
  missionId: string;
  decision: "validated" | "refused";
  /** The mission as its cards show it after the decision, and what the embassy may still do: the card needs no read. */
  mission: MissionDetails;
  can: MissionAbilities;
}

/**
 * M1: the French embassy of the mission's country validates or refuses it. The first decision of a round
 * wins; anyone clicking after is told who decided and when. The mission, its last decision and the body's focal
 * points come in one statement, and the writes are SQL rather than Prisma's query API (~0.5 ms of CPU each), run on
 * SQLite's driver directly (src/db/direct-reads.ts).
 */
export async function decideAsEmbassy(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZEmbassyDecisionInput>,
): Promise<VerbResult<EmbassyDecided>> {
  const input = parseInput(ZEmbassyDecisionInput, rawInput);
  const verb = input.decision === "validate" ? "embassy_validate" : "embassy_refuse";
  requireComment(MISSION_TRANSITIONS, verb, input.comment, "comment");
  return inSqlTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    const { mission, focalPointIds } = await loadDetailsWithFocalPoints(tx, input.missionId, now);
    // A stand-in validates in the absent validator's name: the decision is theirs, the record says who clicked.
    const capacity = await assertAllowedFor(
      tx,
      "mission.embassy_decide",
      who,
      { countryCode: mission.countryCode },
      now,
    );
    const decision = input.decision === "validate" ? ("validated" as const) : ("refused" as const);
    if (mission.status !== "awaiting_embassy") {
      // A late or second click: the round was decided already (the version moved with the decision).
      const last = mission.decision;
      if (last?.byId === who.personId && last.decision === decision) {
        return { changed: false, value: { missionId: mission.id, decision, mission, can: abilitiesOf(who, mission) } };
      }
      if (last) {
        throw new DomainError("already_decided", {
          entity: "mission",
          decision: last.decision,
          by: last.by || "EXPE-CT",
          at: last.at.toISOString(),
        });
      }
    }
    if (mission.status === "awaiting_embassy" && input.round !== undefined && input.round !== mission.version) {
      throw new DomainError("mission_changed", { reference: mission.reference, round: input.round });
    }
    const to = await transition(tx, actor, now, {
      entity: "mission",
      table: MISSION_TRANSITIONS,
      verb,
      row: mission,
      write: async (where, to) => ({ count: await decideMission(tx, where, to, now) }),
      audit: onBehalf(capacity, { comment: input.comment }),
    });
    await insertDecision(tx, {
      missionId: mission.id,
      round: mission.version,
      decision,
      comment: input.comment ?? null,
      decidedById: who.personId,
      platform: actor.platform,
      decidedAt: now,
    });
    const data = { decision, comment: input.comment, by: who.name, at: now.toISOString() };
    await queueNotifications(tx, now, [
      { kind: "embassy_decided", channel: "daect", missionId: mission.id, data },
      ...toEach(focalPointIds, { kind: "embassy_decided", missionId: mission.id, data }),
    ]);
    const decided: MissionDetails = {
      ...mission,
      status: to,
      version: mission.version + 1,
      decision: {
        decision,
        by: who.name,
        byId: who.personId,
        at: now,
        comment: input.comment ?? null,
        round: mission.version,
      },
    };
    return {
      changed: true,
      value: { missionId: mission.id, decision, mission: decided, can: abilitiesOf(who, decided) },
    };
  });
}

/*
 * The writes below are standard SQL (double-quoted identifiers, bound values, no SQLite function), so they run on
 * PostgreSQL as they are; instants go in the Prisma adapter's text form so its reads see the same values.
 */

/** The conditional update on the state and version read; the count says whether the mission still was as read. */
function decideMission(tx: SqlTx, where: { id: string; status: string; version?: number }, to: string, now: Date) {
  return executeSql(
    tx,
    Prisma.sql`
    UPDATE "Mission" SET "status" = ${to}, "version" = "version" + 1, "updatedAt" = ${sqlInstant(now)}
    WHERE "id" = ${where.id} AND "status" = ${where.status} AND "version" = ${where.version}`,
  );
}

async function insertDecision(
  tx: SqlTx,
  row: {
    missionId: string;
    round: number;
    decision: string;
    comment: string | null;
    decidedById: string;
    platform: string;
    decidedAt: Date;
  },
): Promise<void> {
  await executeSql(
    tx,
    Prisma.sql`
    INSERT INTO "EmbassyDecision" ("id", "missionId", "round", "decision", "comment", "decidedById", "platform",
      "decidedAt")
    VALUES (${newRowId()}, ${row.missionId}, ${row.round}, ${row.decision}, ${row.comment}, ${row.decidedById},
      ${row.platform}, ${sqlInstant(row.decidedAt)})`,
  );
}
