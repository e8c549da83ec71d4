import { openApplicationForm } from "../open-forms";
import type { Subcommand } from "./subcommand";

/** L3: anyone may apply at any time; the verb decides who may apply for an existing body. */
export const apply: Subcommand = {
  names: ["candidature", "apply", "candidater"],
  key: "apply",
  allowed: () => true,
  run: ({ client, triggerId, caller }) => openApplicationForm(client, triggerId, caller),
};
