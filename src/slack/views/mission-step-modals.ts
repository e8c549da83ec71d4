import { LIMITS } from "../../domain/limits";
import type { Locale } from "../../i18n";
import { context, input, type ModalView, modal, textInput } from "../blocks";
import { CALLBACKS } from "../constants";
import { tm } from "../mrkdwn";
import { t } from "../words";

/** Which mission a step modal acts on, and whether it was opened from the App Home (drawn again afterwards). */
export interface MissionStepAt {
  missionId: string;
  fromHome: boolean;
}

/** §3: DAECT cancels a mission before departure; the reason goes to the body, the missionaries and the embassy. */
export function cancelModal(locale: Locale, at: MissionStepAt, reference: string): ModalView {
  return modal({
    callbackId: CALLBACKS.cancel,
    title: t(locale, "slack.cancel.title"),
    submit: t(locale, "slack.cancel.submit"),
    close: t(locale, "slack.form.close"),
    privateMetadata: JSON.stringify(at),
    blocks: [
      context(tm(locale, "slack.cancel.intro", { reference })),
      input(
        "reason",
        t(locale, "slack.cancel.reason"),
        textInput("value", { multiline: true, max: LIMITS.cancellationReason }),
      ),
    ],
  });
}

/** R2: DAECT gives up the reimbursement it asked for, with an optional note kept in the audit trail. */
export function waiveModal(locale: Locale, at: MissionStepAt): ModalView {
  return modal({
    callbackId: CALLBACKS.waive,
    title: t(locale, "slack.waive.title"),
    submit: t(locale, "slack.waive.submit"),
    close: t(locale, "slack.form.cancel"),
    privateMetadata: JSON.stringify(at),
    blocks: [
      context(tm(locale, "slack.waive.intro")),
      input(
        "note",
        t(locale, "slack.waive.note"),
        textInput("value", { multiline: true, max: LIMITS.settlementNote }),
        {
          optional: true,
        },
      ),
    ],
  });
}
