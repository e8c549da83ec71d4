import type { z } from "zod";
import type { ZMissionInput } from "../../workflow";
import { MAX_MISSIONARY_ROWS } from "../constants";
import { choiceOf, dateOf, optionOf, type RowState, type StateValues, textOf } from "../form-state";

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
