import type { App } from "@slack/bolt";
import { suspendLabel } from "../../workflow";
import { CALLBACKS } from "../constants";
import { dateOf, parseMetadata, textOf } from "../form-state";
import { publishHome } from "../home/publish-home";
import { ZLabelDecisionAt } from "../metadata";
import type { SlackSurface } from "../surface";
import { noticeModal } from "../views/decision-modals";
import { labelDoneText } from "../views/label-modals";
import { t } from "../words";
import { onSubmit } from "./submit-kit";

const atOf = (raw: string) => parseMetadata(raw, ZLabelDecisionAt);

/** DAECT suspends a label from its App Home: a date not after today, or no reason, is refused under its field. */
export function registerLabelSuspendSubmit(app: App, surface: SlackSurface): void {
  app.view(
    CALLBACKS.labelSuspend,
    onSubmit(surface, {
      inputBlocks: () => ["until", "reason"],
      run: (values, view, caller) =>
        suspendLabel(surface.ctx, caller.actor, {
          labelId: atOf(view.private_metadata).labelId,
          until: dateOf(values, "until") ?? "",
          reason: textOf(values, "reason") ?? "",
        }),
      done: (result, caller) =>
        noticeModal(caller.locale, t(caller.locale, "slack.labelSuspend.title"), labelDoneText(caller.locale, result)),
      after: async (_result, { client, view }, caller) => {
        if (atOf(view.private_metadata).fromHome) await publishHome(client, surface, caller);
      },
    }),
  );
}
