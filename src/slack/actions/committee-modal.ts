import { isAllowed, type Permission } from "../../domain/roles";
import type { Locale } from "../../i18n";
import { applicationView } from "../../workflow";
import type { ModalView } from "../blocks";
import { tm } from "../mrkdwn";
import type { SlackSurface } from "../surface";
import { lateClickText } from "../views/committee-message";
import type { CommitteeMessageAt } from "../views/decision-modals";
import { onButton, tell } from "./action-kit";
import { stoppedByTies } from "./committee-standing";

type ModalFor = (locale: Locale, at: CommitteeMessageAt, organisation: string) => ModalView;

/**
 * A committee button that asks for more (an opinion, a rejection's reason) in a modal, for committee members only;
 * the modal remembers the committee message so the decision can update it in place. A click after the fact opens
 * nothing and is told who decided (or gave the opinion) and when.
 */
export function openCommitteeModal(surface: SlackSurface, permission: Permission, modal: ModalFor) {
  return onButton(surface, async (args, caller, applicationId) => {
    const { body, client } = args;
    if (!isAllowed(permission, caller)) {
      await tell(args, tm(caller.locale, "slack.committee.notMember"));
      return;
    }
    const view = await applicationView(surface.ctx, caller.actor, applicationId);
    const late = lateClickText(caller.locale, view, permission === "application.recommend" ? "recommend" : "decide");
    if (late) {
      await tell(args, late);
      return;
    }
    if (await stoppedByTies(args, surface, caller, view)) return;
    const at = { applicationId, channel: body.channel?.id, ts: body.message?.ts };
    await client.views.open({ trigger_id: body.trigger_id, view: modal(caller.locale, at, view.organisation) });
  });
}
