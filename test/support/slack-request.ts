import { createHmac, randomBytes } from "node:crypto";

/** Where the bot listens and the secret Slack signs with. */
export interface SlackTarget {
  /** Full URL of the bot's endpoint, e.g. http://127.0.0.1:1234/slack/events */
  url: string;
  signingSecret: string;
}

export interface SendOptions {
  /** Sign with a wrong secret. */
  badSignature?: boolean;
  /** Unix seconds to sign with; defaults to now. */
  timestamp?: number;
  /** Shorthand for a timestamp older than Slack's 5-minute window. */
  stale?: boolean;
  /** Adds X-Slack-Retry-Num (and X-Slack-Retry-Reason, default http_timeout) as Slack does on a redelivery. */
  retryNum?: number;
  retryReason?: string;
}

export interface SlackReply {
  status: number;
  headers: Record<string, string>;
  /** Parsed JSON when the bot answered JSON, else the raw text (empty string for an empty ack). */
  body: unknown;
  text: string;
  elapsedMs: number;
}

export const TEAM = { id: "T0EXPECT", domain: "daect" };
export const API_APP_ID = "A0EXPECT";

/** Slack's v0 signature: HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret, hex, prefixed v0=. */
export function signSlackRequest(signingSecret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${rawBody}`).digest("hex")}`;
}

/** Posts a raw body to the bot with Slack's headers, exactly as Slack sends it (any content type, for fuzzing). */
export async function postSigned(
  target: SlackTarget,
  rawBody: string,
  contentType: string,
  options: SendOptions = {},
): Promise<SlackReply> {
  const now = Math.floor(Date.now() / 1000);
  const timestamp = options.timestamp ?? (options.stale ? now - 6 * 60 : now);
  const secret = options.badSignature ? `${target.signingSecret}-wrong` : target.signingSecret;
  const headers: Record<string, string> = {
    "content-type": contentType,
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": signSlackRequest(secret, timestamp, rawBody),
    "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
  };
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = options.retryReason ?? "http_timeout";
  }
  const started = performance.now();
  const res = await fetch(target.url, { method: "POST", headers, body: rawBody });
  const text = await res.text();
  const elapsedMs = performance.now() - started;
  const isJson = (res.headers.get("content-type") ?? "").includes("json");
  return {
    status: res.status,
    headers: Object.fromEntries(res.headers.entries()),
    body: isJson && text ? JSON.parse(text) : text,
    text,
    elapsedMs,
  };
}

const triggerId = () => `${Date.now()}.${randomBytes(4).readUInt32BE()}.${randomBytes(8).toString("hex")}`;

export interface SlashCommand {
  command: string;
  text?: string;
  userId: string;
  userName?: string;
  channelId?: string;
  channelName?: string;
  triggerId?: string;
  responseUrl?: string;
}

/** A slash command's fields, as Slack form-encodes them over HTTP and sends them as JSON over Socket Mode. */
export function slashCommandPayload(cmd: SlashCommand): Record<string, string> {
  return {
    token: "verification-token-unused",
    team_id: TEAM.id,
    team_domain: TEAM.domain,
    channel_id: cmd.channelId ?? `D${cmd.userId.slice(1)}`,
    channel_name: cmd.channelName ?? "directmessage",
    user_id: cmd.userId,
    user_name: cmd.userName ?? cmd.userId.toLowerCase(),
    command: cmd.command,
    text: cmd.text ?? "",
    api_app_id: API_APP_ID,
    is_enterprise_install: "false",
    response_url: cmd.responseUrl ?? `https://hooks.slack.invalid/commands/${TEAM.id}/1/x`,
    trigger_id: cmd.triggerId ?? triggerId(),
  };
}

/** A slash command, form-encoded like Slack's. */
export function sendSlashCommand(target: SlackTarget, cmd: SlashCommand, options?: SendOptions): Promise<SlackReply> {
  const body = new URLSearchParams(slashCommandPayload(cmd));
  return postSigned(target, body.toString(), "application/x-www-form-urlencoded", options);
}

function postPayload(target: SlackTarget, payload: unknown, options?: SendOptions): Promise<SlackReply> {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return postSigned(target, body, "application/x-www-form-urlencoded", options);
}

export interface ActionInput {
  actionId: string;
  blockId?: string;
  value?: string;
  /** Defaults to button; for selects pass `selected_option` through `extra`. */
  type?: string;
  extra?: Record<string, unknown>;
}

export interface BlockAction {
  userId: string;
  actions: ActionInput[];
  /** Where the clicked element lives: a message (give channelId + messageTs) or a view (give view). */
  channelId?: string;
  messageTs?: string;
  view?: Record<string, unknown>;
  triggerId?: string;
}

const userOf = (userId: string) => ({
  id: userId,
  username: userId.toLowerCase(),
  name: userId.toLowerCase(),
  team_id: TEAM.id,
});

/** A block_actions interactivity payload (button click, select…). */
export function blockActionPayload(input: BlockAction) {
  const actionTs = `${Date.now() / 1000}`;
  const inView = input.view !== undefined;
  return {
    type: "block_actions",
    user: userOf(input.userId),
    api_app_id: API_APP_ID,
    token: "verification-token-unused",
    trigger_id: input.triggerId ?? triggerId(),
    team: TEAM,
    enterprise: null,
    is_enterprise_install: false,
    container: inView
      ? { type: "view", view_id: input.view?.id }
      : { type: "message", message_ts: input.messageTs, channel_id: input.channelId, is_ephemeral: false },
    ...(inView
      ? { view: input.view }
      : {
          channel: { id: input.channelId, name: "directmessage" },
          message: { type: "message", ts: input.messageTs, text: "" },
          response_url: `https://hooks.slack.invalid/actions/${TEAM.id}/1/x`,
        }),
    actions: input.actions.map((a) => ({
      type: a.type ?? "button",
      action_id: a.actionId,
      block_id: a.blockId ?? "b",
      ...(a.value !== undefined ? { value: a.value } : {}),
      action_ts: actionTs,
      ...a.extra,
    })),
  };
}

export function sendBlockAction(target: SlackTarget, input: BlockAction, options?: SendOptions): Promise<SlackReply> {
  return postPayload(target, blockActionPayload(input), options);
}

export interface ViewSubmission {
  userId: string;
  callbackId: string;
  /** state.values: { [block_id]: { [action_id]: { type, value | selected_option | … } } } */
  values: Record<string, Record<string, Record<string, unknown>>>;
  privateMetadata?: string;
  viewId?: string;
  triggerId?: string;
}

/** A view_submission interactivity payload (modal submitted). */
export function viewSubmissionPayload(input: ViewSubmission) {
  return {
    type: "view_submission",
    team: TEAM,
    user: userOf(input.userId),
    api_app_id: API_APP_ID,
    token: "verification-token-unused",
    trigger_id: input.triggerId ?? triggerId(),
    is_enterprise_install: false,
    enterprise: null,
    view: {
      id: input.viewId ?? "V0SUBMIT",
      team_id: TEAM.id,
      type: "modal",
      callback_id: input.callbackId,
      private_metadata: input.privateMetadata ?? "",
      state: { values: input.values },
      hash: "h0",
      blocks: [],
      app_id: API_APP_ID,
    },
    response_urls: [],
  };
}

export function sendViewSubmission(target: SlackTarget, input: ViewSubmission, options?: SendOptions) {
  return postPayload(target, viewSubmissionPayload(input), options);
}

export interface EventInput {
  event: Record<string, unknown>;
  /** Same id on purpose to replay a delivery. */
  eventId?: string;
  botUserId?: string;
}

/** An Events API delivery (JSON event_callback). */
export function sendEvent(target: SlackTarget, input: EventInput, options?: SendOptions): Promise<SlackReply> {
  const now = Math.floor(Date.now() / 1000);
  const body = {
    token: "verification-token-unused",
    team_id: TEAM.id,
    api_app_id: API_APP_ID,
    event: { event_ts: `${now}.000100`, ...input.event },
    type: "event_callback",
    event_id: input.eventId ?? `Ev${randomBytes(5).toString("hex").toUpperCase()}`,
    event_time: now,
    authorizations: [
      {
        enterprise_id: null,
        team_id: TEAM.id,
        user_id: input.botUserId ?? "U0BOT",
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
  return postSigned(target, JSON.stringify(body), "application/json", options);
}
