import type {
  ActionArray,
  CardElement,
  IAdaptiveCard,
  IChoiceSetInput,
  IExecuteAction,
  IFactSet,
  IShowCardAction,
  ITextBlock,
  ITextInput,
} from "@microsoft/teams.cards";
import { ADAPTIVE_CARD, CARD_VERSION, NO, YES } from "../constants";

/** Small typed builders shared by the card modules: no state, no I/O. */

export type Element = CardElement;
export type Actions = ActionArray;
export type Card = IAdaptiveCard;

export function card(body: Element[], actions: Actions = [], extra: Partial<Card> = {}): Card {
  return {
    type: "AdaptiveCard",
    version: CARD_VERSION,
    body,
    ...(actions.length ? { actions } : {}),
    // Full width in Teams: long mission terms stay readable.
    msteams: { width: "full" },
    ...extra,
  } as Card;
}

export function heading(text: string): ITextBlock {
  return { type: "TextBlock", text, weight: "Bolder", size: "Medium", wrap: true };
}

export function text(value: string, options: Partial<Omit<ITextBlock, "type" | "text">> = {}): ITextBlock {
  return { type: "TextBlock", text: value, wrap: true, ...options };
}

export function subtle(value: string): ITextBlock {
  return text(value, { isSubtle: true, spacing: "Small" });
}

/** A message drawn in the "attention" colour: errors and refusals shown inside the card. */
export function alert(value: string): ITextBlock {
  return text(value, { color: "Attention", weight: "Bolder" });
}

export function good(value: string): ITextBlock {
  return text(value, { color: "Good", weight: "Bolder" });
}

export interface CardNotice {
  tone: "error" | "info";
  text: string;
}

/** An error to fix or a piece of news, shown inside the card the person acted on. */
export function noticeBlock(notice: CardNotice | undefined): Element[] {
  if (!notice) return [];
  return [notice.tone === "error" ? alert(notice.text) : text(notice.text, { weight: "Bolder", color: "Accent" })];
}

export function facts(rows: readonly (readonly [string, string | null | undefined])[]): IFactSet {
  return {
    type: "FactSet",
    facts: rows
      .filter((row): row is readonly [string, string] => Boolean(row[1]))
      .map(([title, value]) => ({
        title,
        value,
      })),
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

export function textMessage(value: string) {
  return { type: "message" as const, text: value };
}

/** A card holding one message: what a click gets when there is nothing else to show (an error, mostly). */
export function messageCard(notice: CardNotice): Card {
  return card(noticeBlock(notice), [], { fallbackText: notice.text });
}
