import { isAllowed, type Role } from "../../domain/roles";
import { explainFailure } from "../../errors/unexpected";
import { countryLabel } from "../../i18n";
import { addEmbassy, grantRole, revokeRole } from "../../workflow";
import { escapeMrkdwn, tm } from "../mrkdwn";
import { t } from "../words";
import { DELEGATION_VERBS, REASSIGN_VERBS, runDelegationAdmin, runReassign } from "./admin-delegation";
import { isLabelVerb, runLabelAdmin } from "./admin-labels";
import { PERSON_EXPORT_VERBS, runPersonExport } from "./admin-person";
import { ephemeral, normalise, type Subcommand, splitCommand } from "./subcommand";

const ROLE_NAMES: Record<string, Role> = {
  daect: "daect",
  comite: "committee",
  committee: "committee",
  ambassade: "embassy",
  embassy: "embassy",
  referent: "focal_point",
  referente: "focal_point",
  focal_point: "focal_point",
  "focal-point": "focal_point",
};

const GRANT = ["accorder", "grant", "donner"];
const REVOKE = ["retirer", "revoke"];
const EMBASSY = ["ambassade", "embassy"];

/**
 * `admin accorder <e-mail> <rôle> [portée]`, `admin retirer …`, `admin ambassade <pays> <nom>`, and the label's
 * `revoquer`, `suspendre`, `lever` (admin-labels.ts), `export-personne <e-mail>` (admin-person.ts), `delegation …` and
 * `reaffecter …` (admin-delegation.ts): DAECT only.
 */
export const admin: Subcommand = {
  names: ["admin"],
  key: "admin",
  allowed: (caller) => isAllowed("admin.manage", caller),
  run: async ({ args, caller, client, respond, surface }) => {
    const { locale } = caller;
    const { name: verb, args: rest } = splitCommand(args);
    const words = rest.split(/\s+/).filter(Boolean);
    try {
      if (isLabelVerb(verb)) {
        await runLabelAdmin(verb, rest, { caller, respond, surface });
        return;
      }
      if (DELEGATION_VERBS.includes(verb)) {
        await runDelegationAdmin(rest, { caller, respond, surface });
        return;
      }
      if (REASSIGN_VERBS.includes(verb)) {
        await runReassign(rest, { caller, respond, surface });
        return;
      }
      if (PERSON_EXPORT_VERBS.includes(verb)) {
        await runPersonExport(rest, { caller, client, respond, surface });
        return;
      }
      if (GRANT.includes(verb) || REVOKE.includes(verb)) {
        const [email, roleName, ...scope] = words;
        const role = ROLE_NAMES[normalise(roleName ?? "")];
        if (!email || !role) {
          await ephemeral(respond, tm(locale, "slack.admin.usage"));
          return;
        }
        const input = { email, role, ...(scope.length ? { scope: scope.join(" ") } : {}) };
        const granting = GRANT.includes(verb);
        const result = granting
          ? await grantRole(surface.ctx, caller.actor, input)
          : await revokeRole(surface.ctx, caller.actor, input);
        const key = `slack.admin.${granting ? "granted" : "revoked"}${result.changed ? "" : "Already"}` as const;
        await ephemeral(
          respond,
          tm(locale, key, { email, role: t(locale, `slack.role.${role}`), scope: input.scope ?? "" }),
        );
        return;
      }
      if (EMBASSY.includes(verb)) {
        const [countryCode, ...name] = words;
        if (!countryCode || name.length === 0) {
          await ephemeral(respond, tm(locale, "slack.admin.usage"));
          return;
        }
        const result = await addEmbassy(surface.ctx, caller.actor, { countryCode, name: name.join(" ") });
        const key = result.changed ? "slack.admin.embassyAdded" : "slack.admin.embassyExists";
        // Typed as a code, confirmed by its name: "Bénin" tells a mistyped code at once.
        const country = result.changed ? countryLabel(countryCode, locale) : countryCode.toUpperCase();
        await ephemeral(respond, tm(locale, key, { country, name: name.join(" ") }));
        return;
      }
      await ephemeral(respond, tm(locale, "slack.admin.usage"));
    } catch (error) {
      await ephemeral(respond, escapeMrkdwn(await explainFailure(surface.incidents, error, locale, "/expect admin")));
    }
  },
};
