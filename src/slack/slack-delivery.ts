import { webApi } from "@slack/bolt";
import { isDomainError } from "../domain/errors";
import { toLocale } from "../i18n";
import type {
  DeliveryChannel,
  DeliveryResult,
  DeliveryTarget,
  OutgoingNotification,
  PersonTarget,
} from "../notify/delivery-channel";
import type { Viewer, WorkflowContext } from "../workflow";
import { missionDetailsFor } from "../workflow";
import { messageArgs } from "./blocks";
import { postCommitteeMessage, refreshCommitteeMessage } from "./committee-post";
import { sendDiploma } from "./send-diploma";
import { slackUserIdOf } from "./store/slack-accounts";
import { SLACK_CHANNEL_NAME, type SlackChannels } from "./surface";
import { notificationMessage } from "./views/notification-message";

export interface SlackDeliveryOptions {
  ctx: WorkflowContext;
  botToken: string;
  /** SLACK_API_URL */
  slackApiUrl: string;
  channels: SlackChannels;
  /** PUBLIC_BASE_URL: the diplomas this channel uploads print their verification URL under it. */
  publicBaseUrl: string;
}

/** Errors that another attempt will not cure: the address is wrong or gone, or the app lacks a right. */
const PERMANENT = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "user_not_found",
  "user_disabled",
  "account_inactive",
  "cannot_dm_bot",
  "invalid_auth",
  "not_authed",
  "token_revoked",
  "missing_scope",
  "invalid_blocks",
  "msg_too_long",
  "no_text",
  "restricted_action",
  "invalid_arguments",
  "message_not_found",
  "cant_update_message",
]);

/** Slack's answer as notify's outcome: 429 → retry after Slack's Retry-After; permanent errors fail at once. */
export function classifySlackError(error: unknown): DeliveryResult {
  const e = error as { code?: string; retryAfter?: number; data?: { error?: string }; statusCode?: number };
  if (e.code === webApi.ErrorCode.RateLimitedError) {
    return { status: "retry", error: "ratelimited", retryAfterSeconds: e.retryAfter ?? 60 };
  }
  if (e.code === webApi.ErrorCode.PlatformError) {
    const reason = e.data?.error ?? "platform_error";
    return PERMANENT.has(reason) ? { status: "failed", error: reason } : { status: "retry", error: reason };
  }
  if (e.code === webApi.ErrorCode.HTTPError && e.statusCode !== undefined && e.statusCode < 500) {
    return { status: "failed", error: `http_${e.statusCode}` };
  }
  if (isDomainError(error)) return { status: "failed", error: error.message };
  return { status: "retry", error: error instanceof Error ? error.message : String(error) };
}

function sharedChannelOf(target: DeliveryTarget, channels: SlackChannels): string | undefined {
  if (target.type !== "shared") return undefined;
  if (target.channel === "daect") return channels.daect;
  if (target.channel === "committee") return channels.committee;
  return undefined;
}

/**
 * Slack's side of the outbox: DMs to people linked to Slack (with buttons that open the right modal), the DAECT
 * and committee channels from the configuration. Its own Web API client rejects rate-limited calls instead of
 * waiting, so that notify owns every retry and its schedule.
 */
export function createSlackDelivery(options: SlackDeliveryOptions): DeliveryChannel {
  const client = new webApi.WebClient(options.botToken, {
    slackApiUrl: options.slackApiUrl,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
  });
  const { ctx, channels } = options;

  /** The committee's news about an application is its one message for that application, kept up to date. */
  async function toCommittee(channel: string, applicationId: string, first: boolean): Promise<void> {
    if (!first && (await refreshCommitteeMessage(client, ctx, applicationId))) return;
    await postCommitteeMessage(client, ctx, channel, applicationId);
  }

  async function toChannel(n: OutgoingNotification, channel: string, audience: Viewer): Promise<void> {
    switch (n.kind) {
      case "application_submitted":
        return toCommittee(channel, n.data.applicationId, true);
      case "application_recommended":
      case "application_decided":
      case "application_withdrawn":
      case "application_changes_requested":
      case "application_resubmitted":
        return toCommittee(channel, n.data.applicationId, false);
      default:
        return post(n, channel, "fr", audience);
    }
  }

  /** A mission is shown as its recipient may see it: a person, or the audience of the shared channel. */
  async function post(n: OutgoingNotification, channel: string, locale: "fr" | "en", viewer: Viewer): Promise<void> {
    const mission = n.missionId ? (await missionDetailsFor(ctx, viewer, n.missionId)).mission : null;
    const message = notificationMessage(locale, { ...n, mission });
    await client.chat.postMessage({ channel, ...messageArgs(message) });
  }

  async function toPerson(n: OutgoingNotification, target: PersonTarget, slackUserId: string): Promise<void> {
    const locale = toLocale(target.locale);
    const viewer: Viewer = { personId: target.personId, platform: "slack" };
    if (n.kind === "diploma_issued") {
      return sendDiploma(client, ctx, viewer, {
        slackUserId,
        labelId: n.data.labelId,
        locale,
        publicBaseUrl: options.publicBaseUrl,
      });
    }
    return post(n, slackUserId, locale, viewer);
  }

  // canReach's read of the person's Slack account, kept for the deliver that follows on the same target.
  const accounts = new WeakMap<DeliveryTarget, string | null>();
  async function slackUserOf(target: PersonTarget): Promise<string | null> {
    const known = accounts.has(target) ? (accounts.get(target) ?? null) : await slackUserIdOf(ctx, target.personId);
    accounts.set(target, known);
    return known;
  }

  return {
    name: SLACK_CHANNEL_NAME,
    canReach: async (target) =>
      target.type === "person" ? (await slackUserOf(target)) !== null : Boolean(sharedChannelOf(target, channels)),
    async deliver(notification, target) {
      try {
        if (target.type === "person") {
          const slackUserId = await slackUserOf(target);
          accounts.delete(target);
          if (!slackUserId) return { status: "failed", error: "not_on_slack" };
          await toPerson(notification, target, slackUserId);
          return { status: "sent" };
        }
        const channel = sharedChannelOf(target, channels);
        if (!channel) return { status: "failed", error: `no_slack_channel_for_${target.channel}` };
        await toChannel(notification, channel, { audience: target.channel });
        return { status: "sent" };
      } catch (error) {
        return classifySlackError(error);
      }
    },
  };
}
