import type { types } from "@slack/bolt";
import { clipMrkdwn, type Mrkdwn } from "./mrkdwn";

export type Block = types.KnownBlock;
export type PlainText = types.PlainTextElement;
export type Option = types.PlainTextOption;
export type ModalView = types.ModalView;

/** Cuts a text to Slack's limit for the place it goes, marking the cut (never inside a surrogate pair). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

/**
 * A mrkdwn text object. `verbatim` stops Slack's own preprocessing of the text (turning bare URLs, channel names and
 * some mentions into links): what the bot means as a link or a mention it writes itself.
 */
function mrkdwnText(text: Mrkdwn, max: number): types.MrkdwnElement {
  return { type: "mrkdwn", text: clipMrkdwn(text, max).toString() || " ", verbatim: true };
}

/** Slack's notification text (and the message's text where it has no blocks) is mrkdwn too, kept under 4000. */
const MAX_MESSAGE_TEXT = 4000;

/** A message the bot sends: chat.postMessage, chat.postEphemeral, chat.update, a response_url answer. */
export interface SlackMessage {
  text: Mrkdwn;
  blocks?: Block[];
}

/** The `text` and `blocks` arguments of a message, whatever Web API method or response_url carries it. */
export function messageArgs(message: SlackMessage): { text: string; blocks?: Block[] } {
  const text = clipMrkdwn(message.text, MAX_MESSAGE_TEXT).toString() || " ";
  return { text, ...(message.blocks ? { blocks: message.blocks } : {}) };
}

export function plain(text: string, max = 3000): PlainText {
  return { type: "plain_text", text: clip(text || " ", max), emoji: true };
}

export function section(text: Mrkdwn, accessory?: types.Button): types.SectionBlock {
  return {
    type: "section",
    text: mrkdwnText(text, 3000),
    ...(accessory ? { accessory } : {}),
  };
}

export function fields(texts: readonly Mrkdwn[]): types.SectionBlock {
  return { type: "section", fields: texts.slice(0, 10).map((text) => mrkdwnText(text, 2000)) };
}

export function header(text: string): types.HeaderBlock {
  return { type: "header", text: plain(text, 150) };
}

export function context(text: Mrkdwn): types.ContextBlock {
  return { type: "context", elements: [mrkdwnText(text, 3000)] };
}

export function divider(): types.DividerBlock {
  return { type: "divider" };
}

export function button(text: string, actionId: string, value: string, style?: "primary" | "danger"): types.Button {
  return {
    type: "button",
    text: plain(text, 75),
    action_id: actionId,
    value: clip(value, 2000),
    ...(style ? { style } : {}),
  };
}

/** A button that asks before acting: for steps that cannot be undone. */
export function confirmed(
  target: types.Button,
  dialog: { title: string; text: string; confirm: string; deny: string },
): types.Button {
  return {
    ...target,
    confirm: {
      title: plain(dialog.title, 100),
      text: plain(dialog.text, 300),
      confirm: plain(dialog.confirm, 30),
      deny: plain(dialog.deny, 30),
      style: "danger",
    },
  };
}

export function actions(elements: types.Button[], blockId?: string): types.ActionsBlock {
  return { type: "actions", elements: elements.slice(0, 25), ...(blockId ? { block_id: blockId } : {}) };
}

export function option(text: string, value: string): Option {
  return { text: plain(text, 75), value: clip(value, 150) };
}

export function modal(input: {
  callbackId: string;
  title: string;
  blocks: Block[];
  submit?: string;
  close: string;
  privateMetadata?: string;
}): ModalView {
  return {
    type: "modal",
    callback_id: input.callbackId,
    title: plain(input.title, 24),
    close: plain(input.close, 24),
    ...(input.submit ? { submit: plain(input.submit, 24) } : {}),
    blocks: input.blocks,
    ...(input.privateMetadata ? { private_metadata: clip(input.privateMetadata, 3000) } : {}),
  };
}

/** An input block around one element, optional unless told otherwise. */
export function input(
  blockId: string,
  label: string,
  element: types.InputBlockElement,
  options: { optional?: boolean; hint?: string; dispatch?: boolean } = {},
): types.InputBlock {
  return {
    type: "input",
    block_id: blockId,
    label: plain(label, 2000),
    element,
    optional: options.optional ?? false,
    ...(options.hint ? { hint: plain(options.hint, 2000) } : {}),
    ...(options.dispatch ? { dispatch_action: true } : {}),
  };
}

export function textInput(
  actionId: string,
  options: { initial?: string; multiline?: boolean; max?: number; placeholder?: string } = {},
): types.PlainTextInput {
  return {
    type: "plain_text_input",
    action_id: actionId,
    multiline: options.multiline ?? false,
    ...(options.initial ? { initial_value: options.initial } : {}),
    ...(options.max ? { max_length: options.max } : {}),
    ...(options.placeholder ? { placeholder: plain(options.placeholder, 150) } : {}),
  };
}

export function staticSelect(
  actionId: string,
  choices: readonly Option[],
  options: { initial?: string; placeholder?: string } = {},
): types.StaticSelect {
  const initial = choices.find((c) => c.value === options.initial);
  return {
    type: "static_select",
    action_id: actionId,
    options: choices.slice(0, 100),
    ...(initial ? { initial_option: initial } : {}),
    ...(options.placeholder ? { placeholder: plain(options.placeholder, 150) } : {}),
  };
}

export function radios(actionId: string, choices: readonly Option[], initial?: string): types.RadioButtons {
  const selected = choices.find((c) => c.value === initial);
  return {
    type: "radio_buttons",
    action_id: actionId,
    options: choices.slice(0, 10),
    ...(selected ? { initial_option: selected } : {}),
  };
}

export function datePicker(actionId: string, initial?: string): types.Datepicker {
  return { type: "datepicker", action_id: actionId, ...(initial ? { initial_date: initial } : {}) };
}
