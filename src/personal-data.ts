import { slackPersonalData } from "./slack/store/slack-personal-data";
import { teamsPersonalData } from "./teams/store/teams-personal-data";
import type { PersonalDataHolder } from "./workflow";

/**
 * Every part outside the core that keeps something about people, for the person verbs (export, erasure). Both
 * surfaces' tables exist whichever platforms a deployment configures, so both are always listed. Wired by the
 * composition roots: src/surfaces.ts for the server, src/cli/main.ts for the command line.
 */
export const PERSONAL_DATA_HOLDERS: readonly PersonalDataHolder[] = [slackPersonalData, teamsPersonalData];
