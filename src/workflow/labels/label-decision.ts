import { z } from "zod";
import { DomainError } from "../../domain/errors";
import { LIMITS } from "../../domain/limits";
import { MISSION_TRANSITIONS } from "../../domain/mission";
import type { Tx } from "../context";
import { found } from "../guard";
import { queueNotifications } from "../notifications";
import { ZId, ZText } from "../validate";

/** A label as DAECT names it: by id from a button, by its number from a command. */
export const ZLabelRef = z.object({
  labelId: ZId.optional(),
  number: ZText(LIMITS.labelNumber).optional(),
});

export async function loadLabelByRef(tx: Tx, ref: z.output<typeof ZLabelRef>) {
  if (ref.labelId) {
    return found(
      await tx.label.findUnique({ where: { id: ref.labelId }, include: { organisation: true } }),
      "label",
      ref.labelId,
    );
  }
  if (!ref.number) throw new DomainError("invalid_input", { field: "number" }, "number");
  // People type numbers in any case ("expe-ct-2026-0001"); EXPE-CT stores them upper case, imports as written.
  const numbers = [...new Set([ref.number, ref.number.toUpperCase()])];
  const label = await tx.label.findFirst({ where: { number: { in: numbers } }, include: { organisation: true } });
  if (!label) throw new DomainError("not_found", { entity: "label", number: ref.number });
  return label;
}

/** The missions that have not left yet: the ones a cancellation can still stop (§3). */
const NOT_DEPARTED = MISSION_TRANSITIONS.cancel.from;

/**
 * A label revoked or suspended leaves the body's missions not yet departed as they were: DAECT decides, mission by
 * mission, to cancel or keep them, and is sent the list in its channel. Nothing is queued when there is none.
 */
export async function flagUndepartedMissions(
  tx: Tx,
  now: Date,
  label: { id: string; number: string; organisationId: string; organisation: { name: string } },
  change: { kind: "revoked" } | { kind: "suspended"; until: string },
): Promise<number> {
  const missions = await tx.mission.findMany({
    where: { organisationId: label.organisationId, status: { in: [...NOT_DEPARTED] } },
    select: { id: true, reference: true, countryCode: true, startDate: true, status: true },
    orderBy: { startDate: "asc" },
  });
  if (missions.length === 0) return 0;
  await queueNotifications(tx, now, [
    {
      kind: "label_missions_flagged",
      channel: "daect",
      data: {
        labelId: label.id,
        number: label.number,
        organisation: label.organisation.name,
        change: change.kind,
        until: change.kind === "suspended" ? change.until : undefined,
        missions: missions.map((m) => ({
          missionId: m.id,
          reference: m.reference,
          countryCode: m.countryCode,
          startDate: m.startDate,
          status: m.status,
        })),
      },
    },
  ]);
  return missions.length;
}
