/** Bot Framework activities as Teams posts them to /api/messages, pointed at a fake connector. */

export const BOT = { id: "28:00000000-0000-0000-0000-00000000b0t1", name: "EXPE-CT" } as const;
export const TENANT_ID = "72f988bf-0000-0000-0000-000000000000";

export interface TeamsUser {
  /** The Teams user id ("29:…"), what member look-up takes. */
  readonly id: string;
  readonly name: string;
  readonly aadObjectId: string;
}

export const USER: TeamsUser = { id: "29:1user-alice", name: "Alice Martin", aadObjectId: "aad-alice" };

export interface ActivityBase {
  readonly serviceUrl: string;
  readonly from?: TeamsUser;
  /** Defaults to the user's personal chat with the bot. */
  readonly conversationId?: string;
  readonly conversationType?: "personal" | "channel" | "groupChat";
  readonly locale?: string;
  /** The IANA zone a Teams client sends with the activity (Bot Framework's `localTimezone`). */
  readonly localTimezone?: string;
}

let seq = 0;
const nextId = () => `in-${Date.now()}-${++seq}`;

export function personalConversationId(user: TeamsUser = USER): string {
  return `a:personal-${user.id.slice(3)}`;
}

function envelope(base: ActivityBase) {
  const from = base.from ?? USER;
  const conversationType = base.conversationType ?? "personal";
  return {
    id: nextId(),
    channelId: "msteams",
    serviceUrl: base.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: base.locale ?? "fr-FR",
    ...(base.localTimezone ? { localTimezone: base.localTimezone } : {}),
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: { id: BOT.id, name: BOT.name },
    conversation: {
      id: base.conversationId ?? personalConversationId(from),
      conversationType,
      tenantId: TENANT_ID,
      ...(conversationType === "channel" ? { isGroup: true } : {}),
    },
    channelData: { tenant: { id: TENANT_ID } },
  };
}

export function messageActivity(base: ActivityBase & { text: string }) {
  return { ...envelope(base), type: "message", text: base.text, textFormat: "plain" };
}

/** The bot was added to the user's personal scope (installed for a person). */
export function personalInstallActivity(base: ActivityBase) {
  return { ...envelope(base), type: "conversationUpdate", membersAdded: [{ id: BOT.id }] };
}

export interface TeamInstall extends ActivityBase {
  readonly teamId?: string;
  readonly teamName?: string;
  /** The General channel's id, which is also the team's conversation id. */
  readonly channelId?: string;
}

/** The bot was added to a team: Teams posts this in the General channel's conversation. */
export function teamInstallActivity(base: TeamInstall) {
  const teamId = base.teamId ?? "19:team-embassy-sn@thread.tacv2";
  const channelId = base.channelId ?? teamId;
  const activity = envelope({ ...base, conversationId: channelId, conversationType: "channel" });
  return {
    ...activity,
    type: "conversationUpdate",
    membersAdded: [{ id: BOT.id }],
    channelData: {
      ...activity.channelData,
      eventType: "teamMemberAdded",
      team: { id: teamId, name: base.teamName ?? "Ambassade de France au Sénégal", aadGroupId: "group-1" },
      channel: { id: channelId },
    },
  };
}

export interface CardAction extends ActivityBase {
  readonly verb: string;
  readonly data?: Record<string, unknown>;
  /** The id of the bot message holding the card (what Teams sends as replyToId). */
  readonly replyToId?: string;
}

/** A click on an Action.Execute button: an adaptiveCard/action invoke; the card answer is in the HTTP body. */
export function cardActionActivity(base: CardAction) {
  return {
    ...envelope(base),
    type: "invoke",
    name: "adaptiveCard/action",
    ...(base.replyToId ? { replyToId: base.replyToId } : {}),
    value: { action: { type: "Action.Execute", verb: base.verb, data: base.data ?? {} }, trigger: "manual" },
  };
}

export interface PostResult {
  readonly status: number;
  readonly body: any;
  readonly elapsedMs: number;
}

/** POSTs an activity to the bot as the Bot Framework service does (unsigned: the app runs unauthenticated). */
export async function postActivity(
  baseUrl: string,
  activity: object,
  headers: Record<string, string> = {},
): Promise<PostResult> {
  const started = performance.now();
  const res = await fetch(new URL("/api/messages", baseUrl), {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text for the assertion message
  }
  return { status: res.status, body, elapsedMs: performance.now() - started };
}
