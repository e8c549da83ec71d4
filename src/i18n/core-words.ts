import { type KeyOf, translator } from "./catalog";
import { core } from "./messages/core";
import { fields } from "./messages/fields";
import { refusals } from "./messages/refusals";
import { verification } from "./messages/verification";

/** The words every surface and the CLI share: domain codes, states, fields, refusals, diploma checks. */
export const coreCatalogs = [core, fields, refusals, verification] as const;
export type CoreKey = KeyOf<(typeof coreCatalogs)[number]>;
export const coreWords = translator(...coreCatalogs);
