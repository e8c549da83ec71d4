import { focalPointOrganisations, hasRole } from "../../domain/roles";
import { openSolicitationForm } from "../open-forms";
import type { Subcommand } from "./subcommand";

export const solicitation: Subcommand = {
  names: ["sollicitation", "solicitation"],
  key: "solicitation",
  // solicitation.declare is scoped to a body: offered to the focal points of some body, and to DAECT.
  allowed: (caller) => focalPointOrganisations(caller).length > 0 || hasRole(caller, "daect"),
  run: ({ client, surface, triggerId, caller }) => openSolicitationForm(client, surface, triggerId, caller),
};
