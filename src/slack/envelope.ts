import { z } from "zod";

/**
 * The shapes of the Slack payloads this app handles, checked before Bolt reads them: Bolt routes on `body.event`,
 * destructures `body.actions`, reads `body.view.*` and `body.user.team_id` without looking, and our handlers read
 * the same fields. Only what Bolt or a handler reads is checked; everything else passes through as Slack sent it.
 */

const id = z.string().min(1).max(255);
// A Slack user id (U… or, on Enterprise Grid, W…): the account a person is linked by, so nothing else may pass as one.
const userId = z.string().regex(/^[UW][A-Z0-9]{1,254}$/);
// A workspace (T…) or Enterprise Grid (E…) id: Bolt keys its client pool by it in a plain object, so "__proto__" or
// "constructor" there would throw before any listener.
const workspaceId = z.string().regex(/^[TE][A-Z0-9]{1,254}$/);
const text = (max: number) => z.string().max(max);
// Slack's are about a hundred characters; the answer is posted there, and an HTTP client refuses a huge one.
const responseUrl = z.url().max(2000);

const ZUser = z.looseObject({ id: userId, team_id: workspaceId.optional() });
// org-wide installs send `team: null`; Bolt then reads the team from the user.
const ZTeam = z.looseObject({ id: workspaceId }).nullable();

const ZStateElement = z.looseObject({
  type: z.string().optional(),
  // No limit here: a typed text longer than its field allows goes on to the verb, which says so under the field
  // (src/domain/limits.ts); the HTTP body parser bounds the request itself.
  value: z.string().nullish(),
  selected_option: z.looseObject({ value: text(2000) }).nullish(),
  selected_options: z.array(z.looseObject({ value: text(2000) })).optional(),
  selected_date: text(10).nullish(),
});

const ZView = z.looseObject({
  id,
  type: z.string(),
  callback_id: text(255),
  // Slack's own limit on private_metadata.
  private_metadata: text(3000),
  state: z.looseObject({ values: z.record(z.string(), z.record(z.string(), ZStateElement)) }),
  hash: z.string().optional(),
  app_installed_team_id: workspaceId.optional(),
});

const ZCommand = z.looseObject({
  command: z.string().regex(/^\/[\w-]+$/),
  text: text(40_000),
  user_id: userId,
  team_id: workspaceId,
  channel_id: id,
  trigger_id: id,
  response_url: responseUrl,
});

const ZAction = z.looseObject({
  type: z.string(),
  action_id: id,
  block_id: text(255).optional(),
  value: text(2000).optional(),
  selected_option: z.looseObject({ value: text(2000) }).nullish(),
});

const interactive = {
  user: ZUser,
  team: ZTeam.optional(),
  enterprise: z.looseObject({ id: workspaceId }).nullish(),
  trigger_id: id.optional(),
  response_url: responseUrl.optional(),
  // Bolt reads `channel.id` whenever `channel` is not undefined: a null channel would throw inside Bolt.
  channel: z.looseObject({ id }).optional(),
};

const ZBlockActions = z.looseObject({
  ...interactive,
  type: z.literal("block_actions"),
  actions: z.array(ZAction).min(1),
  container: z.looseObject({ type: z.string() }),
  message: z.looseObject({ ts: id, blocks: z.array(z.looseObject({ type: z.string() })).optional() }).optional(),
  // An App Home view has no callback id, metadata or state: only modals are held to the whole shape.
  view: ZView.partial().optional(),
});

const ZBlockSuggestion = z.looseObject({
  ...interactive,
  type: z.literal("block_suggestion"),
  action_id: id,
  block_id: text(255),
  value: text(2000),
  view: ZView.partial().optional(),
});

const ZViewPayload = z.looseObject({
  ...interactive,
  type: z.enum(["view_submission", "view_closed"]),
  view: ZView,
  // Bolt answers through the first one's response_url without looking.
  response_urls: z.array(z.looseObject({ response_url: responseUrl })).optional(),
});

const ZEvent = z.looseObject({
  type: id,
  user: userId.optional(),
  tab: z.string().optional(),
  channel: z.union([id, z.looseObject({ id })]).optional(),
  channel_id: id.optional(),
  // Bolt looks for `item.channel` with the `in` operator, which throws on anything but an object.
  item: z.looseObject({}).optional(),
});

const ZEventCallback = z.looseObject({
  type: z.literal("event_callback"),
  event_id: id,
  team_id: workspaceId.optional(),
  enterprise_id: workspaceId.nullish(),
  event: ZEvent,
  authorizations: z
    .array(z.looseObject({ team_id: workspaceId.nullish(), enterprise_id: workspaceId.nullish() }))
    .optional(),
});

/** Sent by the Events API when the app falls behind: nothing to handle, only to acknowledge. */
const ZRateLimited = z.looseObject({ type: z.literal("app_rate_limited") });

const BY_TYPE: Record<string, z.ZodType> = {
  block_actions: ZBlockActions,
  block_suggestion: ZBlockSuggestion,
  view_submission: ZViewPayload,
  view_closed: ZViewPayload,
  event_callback: ZEventCallback,
  app_rate_limited: ZRateLimited,
};

/** Why a parsed request body is not a payload this app handles, or undefined when it is one. */
export function envelopeProblem(body: unknown): string | undefined {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return "the body is not an object";
  const record = body as Record<string, unknown>;
  const schema = "command" in record ? ZCommand : BY_TYPE[String(record.type)];
  if (!schema) return `no payload of type ${JSON.stringify(String(record.type)).slice(0, 60)} is handled here`;
  const parsed = schema.safeParse(body);
  if (parsed.success) return undefined;
  return parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`)
    .join("; ");
}

const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;

/** What a payload is about, for a log line: its type and what it routes on, never what people typed. */
export function describePayload(body: unknown): Record<string, unknown> {
  const actions = field(body, "actions");
  return {
    type: field(body, "command") ? "command" : field(body, "type"),
    command: field(body, "command"),
    action: field(Array.isArray(actions) ? actions[0] : undefined, "action_id") ?? field(body, "action_id"),
    callback: field(field(body, "view"), "callback_id"),
    event: field(field(body, "event"), "type"),
  };
}
