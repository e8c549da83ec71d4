import type { RespondFn } from "@slack/bolt";
import type { Locale } from "../../i18n";
import { reinstateLabel, revokeLabel, suspendLabel } from "../../workflow";
import { tm } from "../mrkdwn";
import type { Caller, SlackSurface } from "../surface";
import { labelDoneText } from "../views/label-modals";
import { ephemeral } from "./subcommand";

/** The label verbs of `/expect admin`, French first; "revoke" alone is the role's (`admin retirer`'s English). */
export const LABEL_VERBS = {
  revoke: ["revoquer", "revoke-label"],
  suspend: ["suspendre", "suspend"],
  reinstate: ["lever", "lift", "reinstate"],
} as const;

const ALL: readonly string[] = Object.values(LABEL_VERBS).flat();

export function isLabelVerb(verb: string): boolean {
  return ALL.includes(verb);
}

/** The first word and the rest as typed (a reason keeps its line breaks). */
function firstWord(text: string): [string, string] {
  const match = /^(\S+)\s*([\s\S]*)$/u.exec(text.trim());
  return match ? [match[1] ?? "", match[2] ?? ""] : ["", ""];
}

/**
 * `admin revoquer <numéro> <motif>`, `admin suspendre <numéro> <AAAA-MM-JJ> <motif>`, `admin lever <numéro>`:
 * the verbs check the reason, the date and the label; a missing part is answered with the usage.
 */
export async function runLabelAdmin(
  verb: string,
  rest: string,
  { caller, respond, surface }: { caller: Caller; respond: RespondFn; surface: SlackSurface },
): Promise<void> {
  const locale: Locale = caller.locale;
  const [number, afterNumber] = firstWord(rest);
  if (!number) {
    await ephemeral(respond, tm(locale, "slack.admin.labelUsage"));
    return;
  }
  if ((LABEL_VERBS.reinstate as readonly string[]).includes(verb)) {
    const { value } = await reinstateLabel(surface.ctx, caller.actor, { number });
    await ephemeral(respond, tm(locale, "slack.done.labelReinstated", { number: value.number }));
    return;
  }
  if ((LABEL_VERBS.revoke as readonly string[]).includes(verb)) {
    if (!afterNumber) {
      await ephemeral(respond, tm(locale, "slack.admin.labelUsage"));
      return;
    }
    const result = await revokeLabel(surface.ctx, caller.actor, { number, reason: afterNumber });
    await ephemeral(respond, labelDoneText(locale, result));
    return;
  }
  const [until, reason] = firstWord(afterNumber);
  if (!until || !reason) {
    await ephemeral(respond, tm(locale, "slack.admin.labelUsage"));
    return;
  }
  const result = await suspendLabel(surface.ctx, caller.actor, { number, until, reason });
  await ephemeral(respond, labelDoneText(locale, result));
}
