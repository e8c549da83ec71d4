import type { App } from "@slack/bolt";
import { revokeLabel } from "../../workflow";
import { CALLBACKS } from "../constants";
import { parseMetadata, textOf } from "../form-state";
import { publishHome } from "../home/publish-home";
import { ZLabelDecisionAt } from "../metadata";
import type { SlackSurface } from "../surface";
import { noticeModal } from "../views/decision-modals";
import { labelDoneText } from "../views/label-modals";
import { t } from "../words";
import { onSubmit } from "./submit-kit";

const atOf = (raw: string) => parseMetadata(raw, ZLabelDecisionAt);

/** DAECT revokes a label from its App Home; the core refuses an empty or too long reason under the field. */
export function registerLabelRevokeSubmit(app: App, surface: SlackSurface): void {
  app.view(
    CALLBACKS.labelRevoke,
    onSubmit(surface, {
      inputBlocks: () => ["reason"],
      run: (values, view, caller) =>
        revokeLabel(surface.ctx, caller.actor, {
          labelId: atOf(view.private_metadata).labelId,
          reason: textOf(values, "reason") ?? "",
        }),
      done: (result, caller) =>
        noticeModal(caller.locale, t(caller.locale, "slack.labelRevoke.title"), labelDoneText(caller.locale, result)),
      after: async (_result, { client, view }, caller) => {
        if (atOf(view.private_metadata).fromHome) await publishHome(client, surface, caller);
      },
    }),
  );
}
