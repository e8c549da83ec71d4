import type { z } from "zod";
import type { MissionDetails, ZMissionInput } from "../../workflow";
import { MAX_MISSIONARY_ROWS } from "../constants";
import { choiceOf, dateOf, optionOf, parseMetadata, type RowState, type StateValues, textOf } from "../form-state";
import { type MissionEditing, ZMissionFormMeta } from "../metadata";

export interface LegDraft {
  kind?: string;
  startDate?: string;
  endDate?: string;
  peopleCount?: string;
  place?: string;
}

export interface MissionaryDraft {
  email?: string;
  name?: string;
}

/** What the mission modal holds; the chosen label keeps its text, which an external select needs to show it again. */
export interface MissionDraft {
  label?: { value: string; text: string };
  countryCode?: string;
  foreignPartner?: string;
  nature?: string;
  natureDetail?: string;
  legs: Record<string, LegDraft>;
  missionaries: MissionaryDraft[];
  expectedResult?: string;
  followUp?: string;
  transportCostEuros?: string;
  stayCostBearer?: string;
}

export const emptyMission = (): MissionDraft => ({ legs: {}, missionaries: [] });

export function readMissionDraft(values: StateValues, form: RowState): MissionDraft {
  const legs: Record<string, LegDraft> = {};
  for (const key of form.rows) {
    const at = (field: string) => `legs.${key}.${field}`;
    legs[key] = {
      kind: choiceOf(values, at("kind")),
      startDate: dateOf(values, at("startDate")),
      endDate: dateOf(values, at("endDate")),
      peopleCount: choiceOf(values, at("peopleCount")),
      place: textOf(values, at("place")),
    };
  }
  const missionaries = Array.from({ length: MAX_MISSIONARY_ROWS }, (_, i) => ({
    email: textOf(values, `missionaries.${i}.email`),
    name: textOf(values, `missionaries.${i}.name`),
  }));
  return {
    label: optionOf(values, "labelId"),
    countryCode: choiceOf(values, "countryCode"),
    foreignPartner: textOf(values, "foreignPartner"),
    nature: choiceOf(values, "nature"),
    natureDetail: textOf(values, "natureDetail"),
    legs,
    missionaries,
    expectedResult: textOf(values, "expectedResult"),
    followUp: textOf(values, "followUp"),
    transportCostEuros: textOf(values, "transportCostEuros"),
    stayCostBearer: textOf(values, "stayCostBearer"),
  };
}

/** The verb's input, legs in their order and empty missionary rows left out; the verb's schema judges the rest. */
export function toMissionInput(draft: MissionDraft, form: RowState): z.input<typeof ZMissionInput> {
  const { label, legs, missionaries, ...rest } = draft;
  return {
    ...rest,
    labelId: label?.value,
    legs: form.rows.map((key) => legs[key] ?? {}),
    missionaries: missionaries.filter((m) => m.email || m.name),
  } as z.input<typeof ZMissionInput>;
}

export type { MissionEditing } from "../metadata";

/** The mission modal's private_metadata: its leg rows, and for an edit, the mission. */
export function missionFormMeta(raw: string | undefined): { form: RowState; editing?: MissionEditing } {
  const { rows, next, ...rest } = parseMetadata(raw, ZMissionFormMeta);
  const editing =
    rest.missionId && typeof rest.version === "number"
      ? { missionId: rest.missionId, version: rest.version, reference: rest.reference ?? "", fromHome: !!rest.fromHome }
      : undefined;
  return { form: { rows, next }, ...(editing ? { editing } : {}) };
}

/** A mission's terms as the modal shows them, so that DAECT edits what is there rather than typing it again. */
export function missionDraftOf(m: MissionDetails): { draft: MissionDraft; form: RowState } {
  const rows = m.legs.map((_, i) => `r${i}`);
  const legs: Record<string, LegDraft> = {};
  m.legs.forEach((leg, i) => {
    legs[`r${i}`] = {
      kind: leg.kind,
      startDate: leg.startDate,
      endDate: leg.endDate,
      peopleCount: String(leg.peopleCount),
      place: leg.place ?? undefined,
    };
  });
  const draft: MissionDraft = {
    label: { value: m.labelId, text: `${m.organisation} · ${m.labelNumber}` },
    countryCode: m.countryCode,
    foreignPartner: m.foreignPartner,
    nature: m.nature,
    natureDetail: m.natureDetail ?? undefined,
    legs,
    missionaries: m.missionaries.map((x) => ({ email: x.email, name: x.name })),
    expectedResult: m.expectedResult,
    followUp: m.followUp ?? undefined,
    transportCostEuros: String(m.transportCostCents / 100),
    stayCostBearer: m.stayCostBearer ?? undefined,
  };
  return { draft, form: { rows: rows.length ? rows : ["r0"], next: Math.max(rows.length, 1) } };
}
