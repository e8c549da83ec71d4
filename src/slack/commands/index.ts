import { admin } from "./admin";
import { apply } from "./apply";
import { delegation } from "./delegation";
import { exportFiles } from "./export";
import { find } from "./find";
import { mission } from "./mission";
import { missions } from "./missions";
import { report } from "./report";
import { solicitation } from "./solicitation";
import type { Subcommand } from "./subcommand";
import { verify } from "./verify";

/** Every `/expect` sub-command, in the order the help lists them. */
export const SUBCOMMANDS: readonly Subcommand[] = [
  apply,
  report,
  solicitation,
  find,
  verify,
  missions,
  mission,
  exportFiles,
  delegation,
  admin,
];

export const HELP_NAMES = ["aide", "help", "?"];
