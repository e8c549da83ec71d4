import type { TypedNotification } from "../workflow/notification-kinds";
import type { SharedChannel } from "../workflow/notifications";

/**
 * What notify knows of the ways to reach people: a DeliveryChannel is a name and two functions. src/slack and
 * src/teams each implement one over their own address book, and the composition root (src/surfaces.ts) hands them
 * to the deliverer: notify never sees a platform's id or address.
 */

export interface PersonTarget {
  type: "person";
  personId: string;
  name: string;
  email: string;
  locale: string;
  /** Already resolved: the person's own zone, else the deployment's default. */
  timeZone: string;
  /** The name of the channel this person hears on when several can reach them (Person.preferredChannel). */
  preferredChannel: string | null;
}

export interface SharedTarget {
  type: "shared";
  /** An audience: DAECT, the committee, or the embassy of a country (embassy:XX). */
  channel: SharedChannel;
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
  /** Posted; a channel that updates its messages in place has recorded where, in its own store. */
  | { status: "sent" }
  /** Worth trying again: network error, 5xx, or 429 with the platform's Retry-After. */
  | { status: "retry"; error: string; retryAfterSeconds?: number }
  /**
   * Trying again will not help (bot removed, user deactivated, channel archived): notify tries the next channel
   * that can reach the recipient. A channel that learns an address is gone stops routing there itself.
   */
  | { status: "failed"; error: string };

export interface DeliveryChannel {
  /** Its name: in the deliverer's log, Outbox.sentVia, and what Person.preferredChannel matches. */
  readonly name: string;
  /** Whether this channel can address the target, from its own address book. */
  canReach(target: DeliveryTarget): Promise<boolean>;
  /** Posts the notification; reports errors as a result rather than throwing (a throw counts as a retry). */
  deliver(notification: OutgoingNotification, target: DeliveryTarget): Promise<DeliveryResult>;
}
