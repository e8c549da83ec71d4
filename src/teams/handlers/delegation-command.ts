import { typedDelegation } from "../../domain/delegation";
import { formatDate } from "../../i18n";
import { delegate, endDelegation } from "../../workflow";
import { textMessage } from "../cards/card-kit";
import { tmd } from "../cards/markdown";
import type { CommandHandler } from "../turn";

/** The words that end the sender's delegation on their return, French first. */
const END_WORDS: readonly string[] = ["fin", "terminer", "end", "stop"];

/**
 * délégation | delegate <e-mail> du JJ/MM/AAAA au JJ/MM/AAAA, or … fin: an embassy validator or a body's focal point
 * names their stand-in for an absence, or ends it. The verb checks who may be named; a refusal is worded by the
 * message handler like any other.
 */
export const delegateFromChat: CommandHandler = async ({ rt, sender, args }) => {
  const { locale } = sender;
  if (END_WORDS.includes(args.trim())) {
    const { value } = await endDelegation(rt.ctx, sender.actor);
    const key = value.ended > 0 ? "teams.delegation.ended" : "teams.delegation.none";
    return textMessage(tmd(locale, key, { count: String(value.ended) }));
  }
  const typed = typedDelegation(args);
  const [email, ...extra] = typed?.words ?? [];
  if (!typed || !email || extra.length > 0) return textMessage(tmd(locale, "teams.delegation.usage"));
  const result = await delegate(rt.ctx, sender.actor, { delegateEmail: email, from: typed.from, to: typed.to });
  const key = result.changed ? "teams.delegation.done" : "teams.delegation.already";
  return textMessage(
    tmd(locale, key, {
      name: result.value.delegateName,
      from: formatDate(result.value.from, locale),
      to: formatDate(result.value.to, locale),
    }),
  );
};
