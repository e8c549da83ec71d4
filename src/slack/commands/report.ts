import { openReportForm } from "../open-forms";
import type { Subcommand } from "./subcommand";

/** R1/R3: the form lists the caller's missions whose report is awaited; the verb checks each one. */
export const report: Subcommand = {
  names: ["rapport", "report"],
  key: "report",
  allowed: () => true,
  run: ({ client, surface, triggerId, caller }) => openReportForm(client, surface, triggerId, caller),
};
