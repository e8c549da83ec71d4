import type { App } from "@slack/bolt";
import { countryLabel } from "../../i18n";
import { declareSolicitation } from "../../workflow";
import { CALLBACKS } from "../constants";
import { parseMetadata } from "../form-state";
import { toSolicitationInput } from "../forms/solicitation-form";
import { ZFixedBody } from "../metadata";
import { tm } from "../mrkdwn";
import type { SlackSurface } from "../surface";
import { noticeModal } from "../views/decision-modals";
import { t } from "../words";
import { onSubmit } from "./submit-kit";

const FIELDS = ["fromWhom", "countryCode", "subject", "receivedOn"];
const fixedBody = (raw: string) => parseMetadata(raw, ZFixedBody).organisationId;

export function registerSolicitationSubmit(app: App, surface: SlackSurface): void {
  app.view(
    CALLBACKS.solicitation,
    onSubmit(surface, {
      inputBlocks: (view) => (fixedBody(view.private_metadata) ? FIELDS : ["organisationId", ...FIELDS]),
      run: (values, view, caller) =>
        declareSolicitation(surface.ctx, caller.actor, toSolicitationInput(values, fixedBody(view.private_metadata))),
      done: ({ value }, caller) =>
        noticeModal(
          caller.locale,
          t(caller.locale, "slack.solicitation.title"),
          // The form takes a code; the confirmation names the country, so a typo shows at once.
          tm(caller.locale, "slack.done.solicitationDeclared", {
            country: countryLabel(value.countryCode, caller.locale),
          }),
        ),
    }),
  );
}
