import type { Catalog } from "../../i18n";
import { en } from "./en";
import { fr } from "./fr";

/** The Slack surface's catalog; a test checks that French and English have the same keys. */
export const slackMessages: Catalog = { fr, en };
