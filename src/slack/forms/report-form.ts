import type { ReportInput } from "../../workflow";
import { choiceOf, type StateValues, textOf, yesNoOf } from "../form-state";

/** R3's three questions, read from the modal; the mission comes from the modal's metadata or its own select. */
export function toReportInput(values: StateValues, fixedMissionId: string | undefined): ReportInput {
  return {
    missionId: fixedMissionId ?? choiceOf(values, "missionId"),
    objectAccount: textOf(values, "objectAccount"),
    complementaryAction: yesNoOf(values, "complementaryAction"),
    complementaryDetail: textOf(values, "complementaryDetail"),
    longTermCooperation: yesNoOf(values, "longTermCooperation"),
    cooperationDetail: textOf(values, "cooperationDetail"),
  } as ReportInput;
}
