import { LIMITS } from "../../domain/limits";
import type { Locale } from "../../i18n";
import type { MissionDetails } from "../../workflow";
import { divider, input, type ModalView, modal, option, radios, textInput } from "../blocks";
import { CALLBACKS } from "../constants";
import { t } from "../words";
import { type AttachmentLink, attachmentList } from "./attachment-blocks";
import { reportSummary } from "./report-summary";

/** R1: the focal point validates the report or returns it with a comment (required when returning). */
export function reviewModal(
  locale: Locale,
  mission: MissionDetails,
  preset?: "validate" | "return",
  files: readonly AttachmentLink[] = [],
): ModalView {
  return modal({
    callbackId: CALLBACKS.review,
    title: t(locale, "slack.review.title"),
    submit: t(locale, "slack.form.submit"),
    close: t(locale, "slack.form.cancel"),
    privateMetadata: JSON.stringify({ missionId: mission.id }),
    blocks: [
      ...reportSummary(locale, mission),
      ...attachmentList(locale, files),
      divider(),
      input(
        "decision",
        t(locale, "field.decision"),
        radios(
          "value",
          [option(t(locale, "slack.review.validate"), "validate"), option(t(locale, "slack.review.return"), "return")],
          preset,
        ),
      ),
      input("comment", t(locale, "field.comment"), textInput("value", { multiline: true, max: LIMITS.reviewComment }), {
        optional: true,
        hint: t(locale, "slack.review.commentHint"),
      }),
    ],
  });
}
