import { LIMITS } from "../../domain/limits";
import type { Locale } from "../../i18n";
import { context, input, type ModalView, modal, option, radios, section, textInput } from "../blocks";
import { CALLBACKS } from "../constants";
import { type Mrkdwn, mrkdwn, tm } from "../mrkdwn";
import { t } from "../words";

/** Where the committee's message is, carried through a modal so the submission can update it in place. */
export interface CommitteeMessageAt {
  applicationId: string;
  channel?: string;
  ts?: string;
}

export function recommendModal(locale: Locale, at: CommitteeMessageAt, organisation: string): ModalView {
  return modal({
    callbackId: CALLBACKS.recommend,
    title: t(locale, "slack.committee.recommendTitle"),
    submit: t(locale, "slack.form.submit"),
    close: t(locale, "slack.form.cancel"),
    privateMetadata: JSON.stringify(at),
    blocks: [
      section(mrkdwn`*${organisation}*`),
      input(
        "recommendation",
        t(locale, "field.recommendation"),
        radios("value", [
          option(t(locale, "slack.recommendation.favourable"), "favourable"),
          option(t(locale, "slack.recommendation.unfavourable"), "unfavourable"),
        ]),
      ),
      input(
        "comment",
        t(locale, "field.comment"),
        textInput("value", { multiline: true, max: LIMITS.recommendationComment }),
        {
          optional: true,
        },
      ),
    ],
  });
}

export function rejectModal(locale: Locale, at: CommitteeMessageAt, organisation: string): ModalView {
  return modal({
    callbackId: CALLBACKS.reject,
    title: t(locale, "slack.committee.rejectTitle"),
    submit: t(locale, "slack.committee.reject"),
    close: t(locale, "slack.form.cancel"),
    privateMetadata: JSON.stringify(at),
    blocks: [
      section(mrkdwn`*${organisation}*`),
      context(tm(locale, "slack.committee.rejectHint")),
      input("reason", t(locale, "field.reason"), textInput("value", { multiline: true, max: LIMITS.rejectionReason })),
    ],
  });
}

/** A modal that only says something: while data loads, after a submission, or when the action is not possible. */
export function noticeModal(locale: Locale, title: string, text: Mrkdwn, loading = false): ModalView {
  return modal({
    callbackId: loading ? CALLBACKS.loading : CALLBACKS.notice,
    title,
    close: t(locale, "slack.form.close"),
    blocks: [section(text)],
  });
}

export function loadingModal(locale: Locale): ModalView {
  return noticeModal(locale, "EXPE-CT", tm(locale, "slack.loading"), true);
}
