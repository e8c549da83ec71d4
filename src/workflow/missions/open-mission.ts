import { DateTime } from "luxon";
import type { z } from "zod";
import { assertAllowed } from "../../domain/roles";
import { PARIS } from "../../domain/time";
import { recordAudit } from "../audit";
import type { Actor, WorkflowContext } from "../context";
import { queueNotifications } from "../notifications";
import { loadActor } from "../people";
import { inTransaction, type VerbResult } from "../run";
import { nextSequence } from "../sequence";
import { parseInput } from "../validate";
import { checkMissionTerms, legRows, missionColumns, resolveMissionaries, ZMissionInput } from "./mission-input";

export interface OpenedMission {
  missionId: string;
  reference: string;
}

/** M1: DAECT solicits a labelled body for a mission, which goes to the embassy of the country for validation. */
export async function openMission(
  ctx: WorkflowContext,
  actor: Actor,
  rawInput: z.input<typeof ZMissionInput>,
): Promise<VerbResult<OpenedMission>> {
  const input = parseInput(ZMissionInput, rawInput);
  return inTransaction(ctx, async (tx, now) => {
    const who = await loadActor(tx, actor);
    assertAllowed("mission.open", who);
    const terms = await checkMissionTerms(tx, input, now);
    // A retried submission of the same form opens nothing new.
    const same = await tx.mission.findFirst({
      where: {
        createdById: who.personId,
        labelId: input.labelId,
        countryCode: input.countryCode,
        foreignPartner: input.foreignPartner,
        startDate: terms.startDate,
        endDate: terms.endDate,
        status: { not: "cancelled" },
      },
    });
    if (same) return { changed: false, value: { missionId: same.id, reference: same.reference } };
    const year = DateTime.fromJSDate(now, { zone: PARIS }).year;
    const reference = `M-${year}-${String(await nextSequence(tx, `mission-${year}`)).padStart(4, "0")}`;
    const missionaryIds = await resolveMissionaries(tx, input, terms.label.organisationId);
    const mission = await tx.mission.create({
      data: {
        ...missionColumns(input),
        reference,
        labelId: terms.label.id,
        organisationId: terms.label.organisationId,
        status: "awaiting_embassy",
        startDate: terms.startDate,
        endDate: terms.endDate,
        createdById: who.personId,
        legs: { create: legRows(input) },
        missionaries: { create: missionaryIds.map((personId) => ({ personId })) },
      },
    });
    await recordAudit(tx, actor, now, {
      entityType: "mission",
      entityId: mission.id,
      action: "open",
      toState: "awaiting_embassy",
      data: { reference, country: input.countryCode, legs: input.legs, missionaries: missionaryIds },
    });
    await queueNotifications(tx, now, [
      {
        kind: "embassy_validation_requested",
        channel: `embassy:${input.countryCode}`,
        missionId: mission.id,
        data: { round: mission.version },
      },
      { kind: "mission_updated", channel: "daect", missionId: mission.id, data: { event: "opened" } },
    ]);
    return { changed: true, value: { missionId: mission.id, reference } };
  });
}
