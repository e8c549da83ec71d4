import type { z } from "zod";
import type { ZSolicitationInput } from "../../workflow";
import { choiceOf, dateOf, type StateValues, textOf } from "../form-state";

/** M2, read from the modal: the body is the select's choice, or the caller's only body kept in the metadata. */
export function toSolicitationInput(
  values: StateValues,
  fixedOrganisationId: string | undefined,
): z.input<typeof ZSolicitationInput> {
  return {
    organisationId: fixedOrganisationId ?? choiceOf(values, "organisationId"),
    fromWhom: textOf(values, "fromWhom"),
    countryCode: textOf(values, "countryCode"),
    subject: textOf(values, "subject"),
    receivedOn: dateOf(values, "receivedOn"),
  } as z.input<typeof ZSolicitationInput>;
}
