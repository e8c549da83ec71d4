import { isAllowed } from "../../domain/roles";
import { openMissionForm } from "../open-forms";
import type { Subcommand } from "./subcommand";

export const mission: Subcommand = {
  names: ["mission"],
  key: "mission",
  allowed: (caller) => isAllowed("mission.open", caller),
  run: ({ client, surface, triggerId, caller }) => openMissionForm(client, surface, triggerId, caller),
};
