import { focalPointOrganisations, isAllowed } from "../../domain/roles";
import { openSolicitationForm } from "../open-forms";
import type { Subcommand } from "./subcommand";

export const solicitation: Subcommand = {
  names: ["sollicitation", "solicitation"],
  key: "solicitation",
  // solicitation.declare is scoped to a body: offered to whoever may declare for one of theirs, or for any (DAECT).
  allowed: (caller) =>
    isAllowed("solicitation.declare", caller) ||
    focalPointOrganisations(caller).some((organisationId) =>
      isAllowed("solicitation.declare", caller, { organisationId }),
    ),
  run: ({ client, surface, triggerId, caller }) => openSolicitationForm(client, surface, triggerId, caller),
};
