import { type KeyOf, translator } from "./catalog";
import { core } from "./messages/core";
import { fields } from "./messages/fields";
import { refusals } from "./messages/refusals";

/** The words every surface and the CLI share: domain codes, states, fields, refusals. */
export const coreCatalogs = [core, fields, refusals] as const;
export type CoreKey = KeyOf<(typeof coreCatalogs)[number]>;
export const coreWords = translator(...coreCatalogs);
