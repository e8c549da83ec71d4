import { catalog } from "../../i18n/catalog";
import { en } from "./en";
import { enApplications } from "./en-applications";
import { enAttachments } from "./en-attachments";
import { enCapitalisation } from "./en-capitalisation";
import { enCommittee } from "./en-committee";
import { enDelegation } from "./en-delegation";
import { enLabels } from "./en-labels";
import { enSteps } from "./en-steps";
import { fr } from "./fr";
import { frApplications } from "./fr-applications";
import { frAttachments } from "./fr-attachments";
import { frCapitalisation } from "./fr-capitalisation";
import { frCommittee } from "./fr-committee";
import { frDelegation } from "./fr-delegation";
import { frLabels } from "./fr-labels";
import { frSteps } from "./fr-steps";

/** The Slack surface's catalog; its keys are literal types, so English must have French's. */
export const slackMessages = catalog({
  fr: {
    ...fr,
    ...frSteps,
    ...frApplications,
    ...frLabels,
    ...frCommittee,
    ...frCapitalisation,
    ...frAttachments,
    ...frDelegation,
  },
  en: {
    ...en,
    ...enSteps,
    ...enApplications,
    ...enLabels,
    ...enCommittee,
    ...enCapitalisation,
    ...enAttachments,
    ...enDelegation,
  },
});
