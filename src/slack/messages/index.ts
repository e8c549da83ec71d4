import type { Catalog } from "../../i18n";
import { en } from "./en";
import { enApplications } from "./en-applications";
import { enSteps } from "./en-steps";
import { fr } from "./fr";
import { frApplications } from "./fr-applications";
import { frSteps } from "./fr-steps";

/** The Slack surface's catalog; a test checks that French and English have the same keys. */
export const slackMessages: Catalog = {
  fr: { ...fr, ...frSteps, ...frApplications },
  en: { ...en, ...enSteps, ...enApplications },
};
