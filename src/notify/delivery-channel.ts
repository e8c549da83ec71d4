import type { TypedNotification } from "../workflow/notification-kinds";
import type { SharedChannel } from "../workflow/notifications";

/**
 * What notify knows of the chat platforms. src/slack and src/teams each implement DeliveryChannel and
 * main.ts hands them to the deliverer, so notify never imports a platform SDK.
 */
export type DeliveryPlatform = "slack" | "teams";

/** A Teams conversation the bot may post to proactively (a ConversationRef row that is active). */
export interface TeamsConversation {
  refId: string;
  conversationId: string;
  serviceUrl: string;
  tenantId: string | null;
  botId: string | null;
}

export interface PersonTarget {
  type: "person";
  personId: string;
  name: string;
  email: string;
  locale: string;
  /** Already resolved: the person's own zone, else the deployment's default. */
  timeZone: string;
  slackUserId: string | null;
  slackTeamId: string | null;
  teamsUserId: string | null;
  teamsAadId: string | null;
  /** The person's personal chats with the bot, newest first. */
  teamsConversations: readonly TeamsConversation[];
}

export interface SharedTarget {
  type: "shared";
  /** daect and committee are Slack channels from the configuration; embassy:XX is a Teams channel. */
  channel: SharedChannel;
  /** For embassy:XX, the embassy's channels the bot was installed in, newest first. */
  teamsConversations: readonly TeamsConversation[];
}

export type DeliveryTarget = PersonTarget | SharedTarget;

interface OutboxEnvelope {
  /** The outbox row id: the same on every attempt, so a channel may use it as an idempotency key. */
  id: string;
  missionId: string | null;
  /** 1 on the first attempt. */
  attempt: number;
  createdAt: Date;
}

/** A row as a channel receives it: its data already parsed with its kind's schema (notification-kinds.ts). */
export type OutgoingNotification = OutboxEnvelope & TypedNotification;

export type DeliveryResult =
  /** `ref` identifies the posted message (e.g. channel and ts), so a surface can update it in place later. */
  | { status: "sent"; ref?: string }
  /** Worth trying again: network error, 5xx, or 429 with the platform's Retry-After. */
  | { status: "retry"; error: string; retryAfterSeconds?: number }
  /**
   * Trying again will not help (403 bot removed, user deactivated, channel archived). When the cause is a
   * Teams conversation the bot was removed from, name it and notify stops routing to it.
   */
  | { status: "failed"; error: string; goneConversationRefId?: string };

export interface DeliveryChannel {
  readonly platform: DeliveryPlatform;
  /** Whether this platform can address the target at all (no I/O: from the target's own fields). */
  canReach(target: DeliveryTarget): boolean;
  /** Posts the notification; reports errors as a result rather than throwing (a throw counts as a retry). */
  deliver(notification: OutgoingNotification, target: DeliveryTarget): Promise<DeliveryResult>;
}

/** Outbox.deliveryRef keeps which platform sent the message, so updates in place go to the right one. */
export function formatDeliveryRef(platform: DeliveryPlatform, ref: string | undefined): string {
  return `${platform}:${ref ?? ""}`;
}
