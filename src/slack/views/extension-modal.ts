import { LIMITS } from "../../domain/limits";
import type { Locale } from "../../i18n";
import { context, input, type ModalView, modal, textInput } from "../blocks";
import { CALLBACKS } from "../constants";
import { mrkdwn, tm } from "../mrkdwn";
import { t } from "../words";

/** More time to report, asked with a reason; DAECT grants or refuses. */
export function extensionModal(locale: Locale, missionId: string, reference: string): ModalView {
  return modal({
    callbackId: CALLBACKS.extension,
    title: t(locale, "slack.extension.title"),
    submit: t(locale, "slack.form.submit"),
    close: t(locale, "slack.form.cancel"),
    privateMetadata: JSON.stringify({ missionId }),
    blocks: [
      context(mrkdwn`${reference} · ${tm(locale, "slack.extension.hint")}`),
      input("reason", t(locale, "field.reason"), textInput("value", { multiline: true, max: LIMITS.extensionReason })),
    ],
  });
}
