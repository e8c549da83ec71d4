import { catalog } from "../../i18n/catalog";
import { en } from "./en";
import { fr } from "./fr";

/** What the Teams surface says, in French (default) and English; its keys are literal types, so English must have French's. */
export const teamsMessages = catalog({ fr, en });
