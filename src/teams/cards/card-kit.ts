import type {
  ActionArray,
  CardElement,
  IAdaptiveCard,
  IChoiceSetInput,
  IExecuteAction,
  IFactSet,
  IOpenUrlAction,
  IShowCardAction,
  ITextBlock,
  ITextInput,
} from "@microsoft/teams.cards";
import { ADAPTIVE_CARD, CARD_VERSION, NO, YES } from "../constants";
import type { Markdown } from "./markdown";

/** Small typed builders shared by the card modules: no state, no I/O. */

export type Element = CardElement;
export type Actions = ActionArray;
export type Card = IAdaptiveCard;

/** What a card may carry besides its body and actions; its fallback text is markdown like its TextBlocks. */
export type CardExtras = Omit<Partial<Card>, "fallbackText"> & { fallbackText?: Markdown };

export function card(body: Element[], actions: Actions = [], extra: CardExtras = {}): Card {
  const { fallbackText, ...rest } = extra;
  return {
    type: "AdaptiveCard",
    version: CARD_VERSION,
    body,
    ...(actions.length ? { actions } : {}),
    // Full width in Teams: long mission terms stay readable.
    msteams: { width: "full" },
    ...rest,
    ...(fallbackText ? { fallbackText: fallbackText.toString() } : {}),
  } as Card;
}

export function heading(value: Markdown): ITextBlock {
  return { type: "TextBlock", text: value.toString(), weight: "Bolder", size: "Medium", wrap: true };
}

/** A TextBlock: Teams renders its text as markdown, so only Markdown goes in. */
export function text(value: Markdown, options: Partial<Omit<ITextBlock, "type" | "text">> = {}): ITextBlock {
  return { type: "TextBlock", text: value.toString(), wrap: true, ...options };
}

export function subtle(value: Markdown): ITextBlock {
  return text(value, { isSubtle: true, spacing: "Small" });
}

/** A message drawn in the "attention" colour: errors and refusals shown inside the card. */
export function alert(value: Markdown): ITextBlock {
  return text(value, { color: "Attention", weight: "Bolder" });
}

export function good(value: Markdown): ITextBlock {
  return text(value, { color: "Good", weight: "Bolder" });
}

export interface CardNotice {
  tone: "error" | "info";
  text: Markdown;
}

/** An error to fix or a piece of news, shown inside the card the person acted on. */
export function noticeBlock(notice: CardNotice | undefined): Element[] {
  if (!notice) return [];
  return [notice.tone === "error" ? alert(notice.text) : text(notice.text, { weight: "Bolder", color: "Accent" })];
}

/** A FactSet, whose titles and values Teams renders as markdown; a row without a value is left out. */
export function facts(rows: readonly (readonly [Markdown, Markdown | null | undefined])[]): IFactSet {
  return {
    type: "FactSet",
    facts: rows
      .filter((row): row is readonly [Markdown, Markdown] => Boolean(row[1]?.toString()))
      .map(([title, value]) => ({ title: title.toString(), value: value.toString() })),
  };
}

export function execute(
  title: string,
  verb: string,
  data: Record<string, unknown>,
  options: Partial<Omit<IExecuteAction, "type" | "verb" | "title" | "data">> = {},
): IExecuteAction {
  return { type: "Action.Execute", title, verb, data, ...options };
}

/** Opens a link in the person's browser: an address the bot built, never one people typed. */
export function openUrl(title: string, url: string): IOpenUrlAction {
  return { type: "Action.OpenUrl", title, url };
}

export function showCard(title: string, body: Element[], actions: Actions): IShowCardAction {
  return { type: "Action.ShowCard", title, card: { type: "AdaptiveCard", body, actions } as Card };
}

export function textInput(
  id: string,
  label: string,
  options: Partial<Omit<ITextInput, "type" | "id" | "label">> = {},
): ITextInput {
  return { type: "Input.Text", id, label, ...options };
}

export interface CommentInput {
  id: string;
  label: string;
  maxLength: number;
  /** Shown by Teams when the comment is left empty; the core checks it again. */
  errorMessage: string;
  /** What the person had typed, when the card comes back with an error. */
  value?: string;
}

/** A button that unfolds a required comment and the action that sends it (refuse, return, ask a question). */
export function commentAction(title: string, input: CommentInput, send: IExecuteAction): IShowCardAction {
  const { id, label, value, ...rules } = input;
  return showCard(
    title,
    [textInput(id, label, { isMultiline: true, isRequired: true, ...rules, ...(value ? { value } : {}) })],
    [send],
  );
}

export function yesNo(id: string, label: string, yes: string, no: string, value: string | undefined, error: string) {
  const input: IChoiceSetInput = {
    type: "Input.ChoiceSet",
    id,
    label,
    style: "expanded",
    isRequired: true,
    errorMessage: error,
    choices: [
      { title: yes, value: YES },
      { title: no, value: NO },
    ],
    ...(value ? { value } : {}),
  };
  return input;
}

/** The message activity carrying one or more cards. */
export function cardMessage(cards: Card | readonly Card[], summary?: string) {
  const list = Array.isArray(cards) ? cards : [cards];
  return {
    type: "message" as const,
    ...(summary ? { summary } : {}),
    ...(list.length > 1 ? { attachmentLayout: "carousel" as const } : {}),
    attachments: list.map((content) => ({ contentType: ADAPTIVE_CARD, content })),
  };
}

/** A text message: Teams renders its text as markdown. */
export function textMessage(value: Markdown) {
  return { type: "message" as const, text: value.toString() };
}

/** A card holding one message: what a click gets when there is nothing else to show (an error, mostly). */
export function messageCard(notice: CardNotice): Card {
  return card(noticeBlock(notice), [], { fallbackText: notice.text });
}
