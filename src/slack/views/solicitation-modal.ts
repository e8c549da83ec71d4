import { LIMITS } from "../../domain/limits";
import type { Locale } from "../../i18n";
import {
  type Block,
  context,
  datePicker,
  input,
  type ModalView,
  modal,
  option,
  staticSelect,
  textInput,
} from "../blocks";
import { CALLBACKS } from "../constants";
import { tm } from "../mrkdwn";
import { t } from "../words";

/** M2: a solicitation received because of the label, declared to DAECT. */
export function solicitationModal(
  locale: Locale,
  bodies: readonly { id: string; name: string }[],
  today: string,
): ModalView {
  const [only] = bodies;
  const blocks: Block[] =
    bodies.length === 1 && only
      ? [context(tm(locale, "slack.solicitation.for", { organisation: only.name }))]
      : [
          input(
            "organisationId",
            t(locale, "field.organisationId"),
            staticSelect(
              "value",
              bodies.map((b) => option(b.name, b.id)),
            ),
          ),
        ];
  blocks.push(
    input("fromWhom", t(locale, "field.fromWhom"), textInput("value", { max: LIMITS.solicitationFrom })),
    input(
      "countryCode",
      t(locale, "slack.solicitation.country"),
      textInput("value", { max: LIMITS.countryCode, placeholder: "SN" }),
    ),
    input(
      "subject",
      t(locale, "field.subject"),
      textInput("value", { multiline: true, max: LIMITS.solicitationSubject }),
    ),
    input("receivedOn", t(locale, "field.receivedOn"), datePicker("value", today)),
  );
  return modal({
    callbackId: CALLBACKS.solicitation,
    title: t(locale, "slack.solicitation.title"),
    submit: t(locale, "slack.form.submit"),
    close: t(locale, "slack.form.cancel"),
    blocks,
    privateMetadata: JSON.stringify(bodies.length === 1 && only ? { organisationId: only.id } : {}),
  });
}
