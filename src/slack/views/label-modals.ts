import { LIMITS } from "../../domain/limits";
import { addDays, dateIn } from "../../domain/time";
import { formatDate, type Locale } from "../../i18n";
import type { LabelDecided } from "../../workflow";
import { context, datePicker, input, type ModalView, modal, textInput } from "../blocks";
import { CALLBACKS } from "../constants";
import { type Mrkdwn, tm } from "../mrkdwn";
import { t } from "../words";

/** Which label a decision modal acts on, and whether it was opened from the App Home (drawn again afterwards). */
export interface LabelDecisionAt {
  labelId: string;
  number: string;
  fromHome: boolean;
}

/** DAECT withdraws a label for good: the reason, required, goes to the body's focal points. */
export function labelRevokeModal(locale: Locale, at: LabelDecisionAt): ModalView {
  return modal({
    callbackId: CALLBACKS.labelRevoke,
    title: t(locale, "slack.labelRevoke.title"),
    submit: t(locale, "slack.labelRevoke.submit"),
    close: t(locale, "slack.form.close"),
    privateMetadata: JSON.stringify(at),
    blocks: [
      context(tm(locale, "slack.labelRevoke.intro", { number: at.number })),
      input(
        "reason",
        t(locale, "slack.labelDecision.reason"),
        textInput("value", { multiline: true, max: LIMITS.revocationReason }),
      ),
    ],
  });
}

/** DAECT suspends a label until a date (tomorrow at the earliest), and says why. */
export function labelSuspendModal(locale: Locale, at: LabelDecisionAt, now: Date): ModalView {
  return modal({
    callbackId: CALLBACKS.labelSuspend,
    title: t(locale, "slack.labelSuspend.title"),
    submit: t(locale, "slack.labelSuspend.submit"),
    close: t(locale, "slack.form.close"),
    privateMetadata: JSON.stringify(at),
    blocks: [
      context(tm(locale, "slack.labelSuspend.intro", { number: at.number })),
      input("until", t(locale, "slack.labelSuspend.until"), datePicker("value", addDays(dateIn(now), 30)), {
        hint: t(locale, "slack.labelSuspend.untilHint"),
      }),
      input(
        "reason",
        t(locale, "slack.labelDecision.reason"),
        textInput("value", { multiline: true, max: LIMITS.suspensionReason }),
      ),
    ],
  });
}

/** What DAECT reads once a revocation or suspension is done, from the modal or the command alike. */
export function labelDoneText(
  locale: Locale,
  result: { changed: boolean; value: LabelDecided & { until?: string } },
): Mrkdwn {
  const { number, until, flaggedMissions } = result.value;
  const date = until ? formatDate(until, locale) : "";
  if (!result.changed) {
    return until
      ? tm(locale, "slack.done.labelSuspendedAlready", { number, date })
      : tm(locale, "slack.done.labelRevokedAlready", { number });
  }
  const flagged =
    flaggedMissions > 0
      ? t(locale, "slack.done.flagged", { count: flaggedMissions })
      : t(locale, "slack.done.noneFlagged");
  return until
    ? tm(locale, "slack.done.labelSuspended", { number, date, flagged })
    : tm(locale, "slack.done.labelRevoked", { number, flagged });
}
