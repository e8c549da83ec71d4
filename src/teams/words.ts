import { coreCatalogs, type KeyOf, translator } from "../i18n";
import { teamsMessages } from "./messages";

/** The words the Teams surface shows: the shared catalogs and its own, imported here rather than registered. */
const words = translator(...coreCatalogs, teamsMessages);
export type TeamsKey = KeyOf<(typeof coreCatalogs)[number] | typeof teamsMessages>;
export const { t, has, lookup, word } = words;
