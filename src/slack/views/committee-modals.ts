import { LIMITS } from "../../domain/limits";
import type { Locale } from "../../i18n";
import type { ApplicationView, CommitteeTiesForm } from "../../workflow";
import {
  actions,
  type Block,
  button,
  context,
  input,
  type ModalView,
  modal,
  option,
  section,
  textInput,
} from "../blocks";
import { ACTIONS, CALLBACKS } from "../constants";
import { type Mrkdwn, mrkdwn, tm } from "../mrkdwn";
import { t } from "../words";
import { type AttachmentLink, attachmentList } from "./attachment-blocks";
import { committeeFileBlocks } from "./committee-file";
import type { CommitteeMessageAt } from "./decision-modals";

/** A member declares the bodies they are tied to, picked from the register, or ticks "no tie". */
export function tiesModal(locale: Locale, form: CommitteeTiesForm): ModalView {
  const bodies = form.bodies.map((b) => option(b.name, b.id));
  const chosen = bodies.filter((o) => form.organisationIds.includes(o.value ?? ""));
  const none = option(t(locale, "slack.committee.tiesNone"), "none");
  const blocks: Block[] = [context(tm(locale, "slack.committee.tiesIntro"))];
  if (bodies.length > 0) {
    blocks.push(
      input(
        "organisationIds",
        t(locale, "slack.committee.tiesBodies"),
        {
          type: "multi_static_select",
          action_id: "value",
          options: bodies,
          ...(chosen.length ? { initial_options: chosen } : {}),
        },
        { optional: true },
      ),
    );
  }
  blocks.push(
    input(
      "none",
      t(locale, "slack.committee.tiesNoneLabel"),
      {
        type: "checkboxes",
        action_id: "value",
        options: [none],
        ...(form.declared && form.organisationIds.length === 0 ? { initial_options: [none] } : {}),
      },
      { optional: true },
    ),
  );
  return modal({
    callbackId: CALLBACKS.committeeTies,
    title: t(locale, "slack.committee.tiesTitle"),
    submit: t(locale, "slack.form.submit"),
    close: t(locale, "slack.form.cancel"),
    blocks,
    // The submission's errors go under blocks the form has: the list of bodies only when there are some.
    privateMetadata: JSON.stringify({ bodies: bodies.length > 0 }),
  });
}

/** The committee asks the body for changes: the comment is required, and goes to the body with its file. */
export function changesModal(locale: Locale, at: CommitteeMessageAt, organisation: string): ModalView {
  return modal({
    callbackId: CALLBACKS.requestChanges,
    title: t(locale, "slack.committee.changesTitle"),
    submit: t(locale, "slack.form.submit"),
    close: t(locale, "slack.form.cancel"),
    privateMetadata: JSON.stringify(at),
    blocks: [
      section(mrkdwn`*${organisation}*`),
      context(tm(locale, "slack.committee.changesHint")),
      input(
        "comment",
        t(locale, "field.comment"),
        textInput("value", { multiline: true, max: LIMITS.changeRequestComment }),
      ),
    ],
  });
}

/** The file as a member reads it, once declared and not tied (the channel's message is only its summary). */
export function detailsModal(locale: Locale, app: ApplicationView, files: readonly AttachmentLink[] = []): ModalView {
  return modal({
    callbackId: CALLBACKS.notice,
    title: t(locale, "slack.committee.detailsTitle"),
    close: t(locale, "slack.form.close"),
    // The files before the opinions' outcome could push them past the modal's 100 blocks: they come last.
    blocks: [...committeeFileBlocks(locale, app).slice(0, 100 - 12), ...attachmentList(locale, files)],
  });
}

/** The ephemeral invitation to declare, with the button that opens the form. */
export function tiesInvite(locale: Locale, applicationId: string): { text: Mrkdwn; blocks: Block[] } {
  const text = tm(locale, "slack.committee.tiesInvite");
  return {
    text,
    blocks: [
      section(text),
      actions([
        button(t(locale, "slack.committee.declareTies"), ACTIONS.committeeDeclareTies, applicationId, "primary"),
      ]),
    ],
  };
}
