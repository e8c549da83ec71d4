import type { Activity, IAdaptiveCardActionInvokeActivity } from "@microsoft/teams.api";
import type { Card, cardMessage, textMessage } from "./cards/card-kit";
import type { TeamsSender } from "./identity";
import type { TeamsRuntime } from "./runtime";

/** One Action.Execute click: who clicked, the card's data merged with its inputs, and the activity. */
export interface CardTurn {
  rt: TeamsRuntime;
  sender: TeamsSender;
  data: Record<string, unknown>;
  activity: IAdaptiveCardActionInvokeActivity;
}

/** Answers a click with the card that replaces the clicked one. */
export type CardActionHandler = (turn: CardTurn) => Promise<Card>;

/** A card field as text, or undefined when absent or blank. */
export function field(data: Record<string, unknown>, key: string): string | undefined {
  const value = data[key];
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() ? value : undefined;
}

export function missionIdOf(data: Record<string, unknown>): string {
  return field(data, "missionId") ?? "";
}

/** A chat command from a person: what follows the command words is in `args`. */
export interface CommandTurn {
  rt: TeamsRuntime;
  sender: TeamsSender;
  activity: Activity;
  args: string;
}

export type Reply = ReturnType<typeof cardMessage> | ReturnType<typeof textMessage>;

/** Answers a command with the message to post in the same conversation. */
export type CommandHandler = (turn: CommandTurn) => Promise<Reply>;
