import { isAllowed, type Permission } from "../../domain/roles";
import type { Locale } from "../../i18n";
import { applicationView } from "../../workflow/slack";
import { type ModalView, messageArgs } from "../blocks";
import { tm } from "../mrkdwn";
import type { SlackSurface } from "../surface";
import type { CommitteeMessageAt } from "../views/decision-modals";
import { onButton } from "./action-kit";

type ModalFor = (locale: Locale, at: CommitteeMessageAt, organisation: string) => ModalView;

/**
 * A committee button that asks for more (an opinion, a rejection's reason) in a modal, for committee members only;
 * the modal remembers the committee message so the decision can update it in place.
 */
export function openCommitteeModal(surface: SlackSurface, permission: Permission, modal: ModalFor) {
  return onButton(surface, async ({ body, client }, caller, applicationId) => {
    if (!isAllowed(permission, caller)) {
      await client.chat.postEphemeral({
        channel: body.channel?.id ?? caller.slackUserId,
        user: caller.slackUserId,
        ...messageArgs({ text: tm(caller.locale, "slack.committee.notMember") }),
      });
      return;
    }
    const view = await applicationView(surface.ctx, applicationId);
    const at = { applicationId, channel: body.channel?.id, ts: body.message?.ts };
    await client.views.open({ trigger_id: body.trigger_id, view: modal(caller.locale, at, view.organisation) });
  });
}
