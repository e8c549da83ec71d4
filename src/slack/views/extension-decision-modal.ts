import { LIMITS } from "../../domain/limits";
import { formatDate, type Locale } from "../../i18n";
import { context, datePicker, input, type ModalView, modal, option, radios, textInput } from "../blocks";
import { CALLBACKS } from "../constants";
import { tm } from "../mrkdwn";
import { t } from "../words";

/** DAECT answers a request for more time to report: a later deadline, or a refusal. */
export function extensionDecisionModal(
  locale: Locale,
  extensionId: string,
  reference: string,
  deadline: string | null,
): ModalView {
  return modal({
    callbackId: CALLBACKS.extensionDecision,
    title: t(locale, "slack.extensionDecision.title"),
    submit: t(locale, "slack.form.submit"),
    close: t(locale, "slack.form.cancel"),
    privateMetadata: JSON.stringify({ extensionId }),
    blocks: [
      context(
        tm(locale, "slack.extensionDecision.current", {
          reference,
          deadline: deadline ? formatDate(deadline, locale) : "—",
        }),
      ),
      input(
        "decision",
        t(locale, "field.decision"),
        radios("value", [
          option(t(locale, "slack.extensionDecision.grant"), "grant"),
          option(t(locale, "slack.extensionDecision.refuse"), "refuse"),
        ]),
      ),
      input("newDeadline", t(locale, "field.newDeadline"), datePicker("value"), {
        optional: true,
        hint: t(locale, "slack.extensionDecision.newDeadlineHint"),
      }),
      input(
        "comment",
        t(locale, "field.comment"),
        textInput("value", { multiline: true, max: LIMITS.extensionComment }),
        {
          optional: true,
        },
      ),
    ],
  });
}
