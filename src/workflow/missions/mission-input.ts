import { z } from "zod";
import { DomainError } from "../../domain/errors";
import { assertLabelUsable } from "../../domain/label";
import { LIMITS } from "../../domain/limits";
import {
  checkCourse,
  checkHeadCount,
  checkMissionaries,
  courseSpan,
  LEG_KINDS,
  MISSION_NATURES,
} from "../../domain/mission";
import { dateIn } from "../../domain/time";
import type { Tx } from "../context";
import { found } from "../guard";
import { ZCountryCode, ZEmail, ZId, ZIsoDate, ZOptionalText, ZText } from "../validate";

export const ZLegInput = z.object({
  kind: z.enum(LEG_KINDS),
  startDate: ZIsoDate,
  endDate: ZIsoDate,
  peopleCount: z.coerce.number().int(),
  place: ZOptionalText(LIMITS.legPlace),
});

export const ZMissionaryInput = z.object({ email: ZEmail, name: ZOptionalText(LIMITS.personName) });

/** M3/M5: the terms of a mission as DAECT states them. */
export const ZMissionInput = z.object({
  labelId: ZId,
  countryCode: ZCountryCode,
  foreignPartner: ZText(LIMITS.foreignPartner),
  nature: z.enum(MISSION_NATURES),
  natureDetail: ZOptionalText(LIMITS.natureDetail),
  legs: z.array(ZLegInput).min(1).max(4),
  missionaries: z.array(ZMissionaryInput).max(5),
  expectedResult: ZText(LIMITS.expectedResult),
  followUp: ZOptionalText(LIMITS.followUp),
  transportCostEuros: z.coerce.number().min(0).max(1_000_000),
  stayCostBearer: ZOptionalText(LIMITS.stayCostBearer),
});
export type MissionInput = z.output<typeof ZMissionInput>;

/** The checks shared by opening and editing: an active label, neither suspended nor revoked (M1, M4), an embassy to validate, the course (M4). */
export async function checkMissionTerms(tx: Tx, input: MissionInput, now: Date) {
  const label = found(await tx.label.findUnique({ where: { id: input.labelId } }), "label", input.labelId);
  assertLabelUsable(label, now);
  const embassy = await tx.embassy.findUnique({ where: { countryCode: input.countryCode } });
  if (!embassy) throw new DomainError("not_found", { entity: "embassy", id: input.countryCode }, "countryCode");
  checkCourse(input.legs, dateIn(now));
  const emails = [...new Set(input.missionaries.map((m) => m.email))];
  checkMissionaries(emails.length);
  checkHeadCount(input.legs, emails.length);
  return { label, embassy, ...courseSpan(input.legs) };
}

/** Missionaries are people of the labelled body, known by e-mail; a new one is registered on the way. */
export async function resolveMissionaries(tx: Tx, input: MissionInput, organisationId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const m of input.missionaries) {
    const person = await tx.person.upsert({
      where: { email: m.email },
      create: { email: m.email, name: m.name ?? m.email.split("@")[0] ?? m.email, organisationId },
      update: {},
    });
    if (!ids.includes(person.id)) ids.push(person.id);
  }
  return ids;
}

export function missionColumns(input: MissionInput) {
  return {
    countryCode: input.countryCode,
    foreignPartner: input.foreignPartner,
    nature: input.nature,
    natureDetail: input.natureDetail ?? null,
    expectedResult: input.expectedResult,
    followUp: input.followUp ?? null,
    transportCostCents: Math.round(input.transportCostEuros * 100),
    stayCostBearer: input.stayCostBearer ?? null,
  };
}

export function legRows(input: MissionInput) {
  return input.legs.map((leg, position) => ({ ...leg, place: leg.place ?? null, position }));
}
