import { DomainError } from "../../domain/errors";
import { describeError } from "../../i18n";
import type { ApplicationView } from "../../workflow";
import { recordTiedAbstention } from "../../workflow";
import { refreshCommitteeMessage } from "../committee-post";
import { escapeMrkdwn, tm } from "../mrkdwn";
import type { Caller, SlackSurface } from "../surface";
import { tiesInvite } from "../views/committee-modals";
import { type ButtonArgs, tell } from "./action-kit";

/**
 * Conflicts of interest before a committee button acts or shows the file: a member who has not declared their ties
 * is invited to (with the button), and a member tied to the body is told they abstain (and, asking for the file,
 * that it is not shown to them); the abstention is recorded and shown on the committee's message. True when the
 * click stops here.
 */
export async function stoppedByTies(
  args: ButtonArgs,
  surface: SlackSurface,
  caller: Caller,
  view: ApplicationView,
  options: { reading?: boolean } = {},
): Promise<boolean> {
  if (view.standing === "undeclared") {
    const invite = tiesInvite(caller.locale, view.id);
    await tell(args, invite.text, invite.blocks);
    return true;
  }
  if (view.standing !== "tied") return false;
  const abstained = await recordTiedAbstention(surface.ctx, caller.actor, view.id);
  const { organisation } = view;
  await tell(
    args,
    options.reading
      ? tm(caller.locale, "slack.committee.tiedNoFile", { organisation })
      : escapeMrkdwn(describeError(new DomainError("conflict_of_interest", { organisation }), caller.locale)),
  );
  if (abstained) {
    const { body, client } = args;
    await refreshCommitteeMessage(client, surface.ctx, view.id, { channel: body.channel?.id, ts: body.message?.ts });
  }
  return true;
}
