import { isDelegableRole, typedDelegation } from "../../domain/delegation";
import { explainFailure } from "../../errors/unexpected";
import { formatDate } from "../../i18n";
import { delegate, endDelegation } from "../../workflow";
import { escapeMrkdwn, tm } from "../mrkdwn";
import { ephemeral, normalise, type Subcommand } from "./subcommand";

/** The words that end the caller's delegation on their return, French first. */
export const END_WORDS: readonly string[] = ["fin", "terminer", "end", "stop"];

/**
 * `/expect delegation <e-mail> du JJ/MM/AAAA au JJ/MM/AAAA` and `/expect delegation fin`: an embassy validator or a
 * body's focal point names their stand-in for an absence, or ends it. The verb checks who may be named.
 */
export const delegation: Subcommand = {
  names: ["delegation", "delegate"],
  key: "delegation",
  allowed: (caller) => caller.actor.known.roles.some((g) => isDelegableRole(g.role)),
  run: async ({ args, caller, respond, surface }) => {
    const { locale } = caller;
    try {
      if (END_WORDS.includes(normalise(args))) {
        const { value } = await endDelegation(surface.ctx, caller.actor);
        const key = value.ended > 0 ? "slack.delegation.ended" : "slack.delegation.none";
        await ephemeral(respond, tm(locale, key, { count: String(value.ended) }));
        return;
      }
      const typed = typedDelegation(args);
      const [email, ...extra] = typed?.words ?? [];
      if (!typed || !email || extra.length > 0) {
        await ephemeral(respond, tm(locale, "slack.delegation.usage"));
        return;
      }
      const result = await delegate(surface.ctx, caller.actor, {
        delegateEmail: email,
        from: typed.from,
        to: typed.to,
      });
      const { value } = result;
      await ephemeral(
        respond,
        tm(locale, result.changed ? "slack.delegation.done" : "slack.delegation.already", {
          name: value.delegateName,
          from: formatDate(value.from, locale),
          to: formatDate(value.to, locale),
        }),
      );
    } catch (error) {
      await ephemeral(
        respond,
        escapeMrkdwn(await explainFailure(surface.incidents, error, locale, "/expect delegation")),
      );
    }
  },
};
