import type { RespondFn, webApi } from "@slack/bolt";
import { type Block, messageArgs } from "../blocks";
import type { Mrkdwn } from "../mrkdwn";
import type { Caller, SlackSurface } from "../surface";

export interface SubcommandInput {
  caller: Caller;
  /** What follows the sub-command's name. */
  args: string;
  triggerId: string;
  client: webApi.WebClient;
  respond: RespondFn;
  surface: SlackSurface;
}

/** One `/expect` sub-command: its French and English names, who may use it, what it does. */
export interface Subcommand {
  /** French name first, then English (and accepted variants). */
  names: readonly string[];
  /** The help line's message key (slack.help.<key>). */
  key: string;
  allowed(caller: Caller): boolean;
  run(input: SubcommandInput): Promise<void>;
}

/** Accents and case do not matter when people type a sub-command or a theme. */
export function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim();
}

/** Slack may wrap what people type: <mailto:a@b.fr|a@b.fr>, <https://…|label>. Keep what they typed. */
export function unwrapSlackText(text: string): string {
  return text.replace(/<(?:mailto:)?([^|>]+)(?:\|([^>]+))?>/g, (_, target: string, label?: string) => label ?? target);
}

export function splitCommand(text: string): { name: string; args: string } {
  const clean = unwrapSlackText(text).trim();
  const space = clean.search(/\s/);
  if (space < 0) return { name: normalise(clean), args: "" };
  return { name: normalise(clean.slice(0, space)), args: clean.slice(space + 1).trim() };
}

/** An answer only the caller sees, through the command's response_url. */
export function ephemeral(respond: RespondFn, text: Mrkdwn, blocks?: Block[]): Promise<unknown> {
  return respond({ response_type: "ephemeral", replace_original: false, ...messageArgs({ text, blocks }) });
}
