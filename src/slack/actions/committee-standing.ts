import { DomainError } from "../../domain/errors";
import { describeError } from "../../i18n";
import type { ApplicationView } from "../../workflow";
import { recordTiedAbstention } from "../../workflow";
import { refreshCommitteeMessage } from "../committee-post";
import { escapeMrkdwn } from "../mrkdwn";
import type { Caller, SlackSurface } from "../surface";
import { tiesInvite } from "../views/committee-modals";
import { type ButtonArgs, tell } from "./action-kit";

/**
 * Conflicts of interest before a committee button acts: a member who has not declared their ties is invited to
 * (with the button), and a member tied to the body is told they abstain, which is recorded and shown on the
 * committee's message. True when the click stops here.
 */
export async function stoppedByTies(
  args: ButtonArgs,
  surface: SlackSurface,
  caller: Caller,
  view: ApplicationView,
  options: { tiedMayRead?: boolean } = {},
): Promise<boolean> {
  if (view.standing === "undeclared") {
    const invite = tiesInvite(caller.locale, view.id);
    await tell(args, invite.text, invite.blocks);
    return true;
  }
  if (view.standing !== "tied" || options.tiedMayRead) return false;
  const abstained = await recordTiedAbstention(surface.ctx, caller.actor, view.id);
  const refusal = new DomainError("conflict_of_interest", { organisation: view.organisation });
  await tell(args, escapeMrkdwn(describeError(refusal, caller.locale)));
  if (abstained) {
    const { body, client } = args;
    await refreshCommitteeMessage(client, surface.ctx, view.id, { channel: body.channel?.id, ts: body.message?.ts });
  }
  return true;
}
