import type { RespondFn } from "@slack/bolt";
import { typedDelegation } from "../../domain/delegation";
import { formatDate } from "../../i18n";
import { delegate, endDelegation, reassignFile } from "../../workflow";
import { tm } from "../mrkdwn";
import type { Caller, SlackSurface } from "../surface";
import { END_WORDS } from "./delegation";
import { ephemeral, normalise } from "./subcommand";

/** The delegation verbs of `/expect admin`, French first. */
export const DELEGATION_VERBS: readonly string[] = ["delegation", "delegate"];
export const REASSIGN_VERBS: readonly string[] = ["reaffecter", "reassign"];

interface AdminInput {
  caller: Caller;
  respond: RespondFn;
  surface: SlackSurface;
}

/**
 * `admin delegation <délégant> <délégué> du … au …`, `admin delegation fin <délégant>`: DAECT names a stand-in for
 * anyone (granting the capacity for the range) or ends one; the verbs check the caller is DAECT.
 */
export async function runDelegationAdmin(rest: string, { caller, respond, surface }: AdminInput): Promise<void> {
  const { locale } = caller;
  const [first, second, ...more] = rest.split(/\s+/u).filter(Boolean);
  if (first && END_WORDS.includes(normalise(first)) && second && more.length === 0) {
    const { value } = await endDelegation(surface.ctx, caller.actor, { delegatorEmail: second });
    const key = value.ended > 0 ? "slack.admin.delegationEnded" : "slack.admin.delegationNone";
    await ephemeral(respond, tm(locale, key, { delegator: second, count: String(value.ended) }));
    return;
  }
  const typed = typedDelegation(rest);
  const [delegatorEmail, delegateEmail, ...extra] = typed?.words ?? [];
  if (!typed || !delegatorEmail || !delegateEmail || extra.length > 0) {
    await ephemeral(respond, tm(locale, "slack.admin.delegationUsage"));
    return;
  }
  const result = await delegate(surface.ctx, caller.actor, {
    delegatorEmail,
    delegateEmail,
    from: typed.from,
    to: typed.to,
  });
  const key = result.changed ? "slack.admin.delegated" : "slack.admin.delegatedAlready";
  await ephemeral(
    respond,
    tm(locale, key, {
      delegator: delegatorEmail,
      delegate: delegateEmail,
      from: formatDate(typed.from, locale),
      to: formatDate(typed.to, locale),
    }),
  );
}

/** `admin reaffecter <n° de candidature> <e-mail>`: DAECT hands an application to another person of its body. */
export async function runReassign(rest: string, { caller, respond, surface }: AdminInput): Promise<void> {
  const [applicationId, email, ...extra] = rest.split(/\s+/u).filter(Boolean);
  if (!applicationId || !email || extra.length > 0) {
    await ephemeral(respond, tm(caller.locale, "slack.admin.delegationUsage"));
    return;
  }
  const result = await reassignFile(surface.ctx, caller.actor, { applicationId, toEmail: email });
  const key = result.changed ? "slack.admin.reassigned" : "slack.admin.reassignedAlready";
  await ephemeral(respond, tm(caller.locale, key, { email }));
}
