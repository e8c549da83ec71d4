import { coreCatalogs, type KeyOf, translator } from "../i18n";
import { slackMessages } from "./messages";

/** The words the Slack surface shows: the shared catalogs and its own, imported here rather than registered. */
const words = translator(...coreCatalogs, slackMessages);
export type SlackKey = KeyOf<(typeof coreCatalogs)[number] | typeof slackMessages>;
export const { t, has, lookup, word } = words;
