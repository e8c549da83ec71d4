import { COMMANDS, type CommandId } from "./constants";

export interface ParsedCommand {
  id: CommandId;
  /** What follows the command words, e.g. a country code after "ambassade ici". */
  args: string;
}

/** Lower case, no accents, no @mention of the bot, single spaces: how people type in a chat. */
export function normaliseCommandText(text: string | undefined): string {
  return (text ?? "")
    .replace(/<at>[^<]*<\/at>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/^\s*\//, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The chat command in a message, in French or English; null when the text is none of them. */
export function parseCommand(text: string | undefined): ParsedCommand | null {
  const normalised = normaliseCommandText(text);
  for (const command of COMMANDS) {
    for (const words of [command.words.fr, command.words.en]) {
      const key = normaliseCommandText(words);
      if (normalised === key || normalised.startsWith(`${key} `)) {
        return { id: command.id, args: normalised.slice(key.length).trim() };
      }
    }
  }
  return null;
}
