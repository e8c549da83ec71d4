import type { Activity } from "@microsoft/teams.api";
import { readerZone } from "../i18n";
import { type IdentifiedActor, type PersonActor, recordChannelLinked, savePersonProfile } from "../workflow";
import type { ConversationAddress } from "./connector";
import { ConnectorError } from "./connector-error";
import { TEAMS_CHANNEL_NAME } from "./lose-conversation";
import type { TeamsRuntime } from "./runtime";
import { findTeamsPerson, linkTeamsAccount, type TeamsPerson } from "./store/teams-accounts";
import { saveConversation } from "./store/teams-conversations";

export interface TeamsSender {
  actor: PersonActor;
  locale: "fr" | "en";
  /** The zone the person reads times in: their own, else the one Teams gives with the activity, else TZ_DEFAULT. */
  timeZone: string;
  name: string;
}

/** A channel thread's conversation id carries ";messageid=…": the channel itself is what we post to. */
export function channelConversationId(activity: Activity): string {
  const channel = (activity.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
  return channel ?? activity.conversation.id.split(";")[0] ?? activity.conversation.id;
}

export function addressOf(activity: Activity): ConversationAddress {
  return {
    serviceUrl: activity.serviceUrl ?? "",
    conversationId: channelConversationId(activity),
    botId: activity.recipient?.id ?? null,
    tenantId: activity.conversation.tenantId ?? null,
  };
}

/** Teams clients send the user's IANA zone as `localTimezone` (Bot Framework's field, which the SDK's type omits). */
function activityZone(activity: Activity): string | undefined {
  const zone = (activity as { localTimezone?: unknown }).localTimezone;
  return typeof zone === "string" && zone.length > 0 && zone.length <= 64 ? zone : undefined;
}

export function isPersonal(activity: Activity): boolean {
  return activity.conversation.conversationType === "personal";
}

/** Teams could not say who the sender is (the connector's member look-up failed): told to them, not only logged. */
export class MemberLookupError extends Error {
  constructor(cause: unknown) {
    super("Teams member look-up failed", { cause });
    this.name = "MemberLookupError";
    // The look-up's own stack says where it failed; this one would only say "here".
    if (cause instanceof Error && cause.stack) this.stack = `${this.name}: ${this.message}\ncaused by: ${cause.stack}`;
  }
}

/** DESIGN §4: a Teams user is the person with the e-mail the connector's member look-up gives. */
async function linkByEmail(rt: TeamsRuntime, activity: Activity) {
  const from = activity.from;
  const member = await rt.connector.getMember(addressOf(activity), from.id).catch((error: unknown) => {
    // Teams answering that this account is no member of the conversation is an answer, not a failure: it is nobody
    // the bot can name, like an account without an e-mail.
    if (error instanceof ConnectorError && error.status === 404) return null;
    throw error;
  });
  if (!member) return null;
  const email = member.email ?? member.userPrincipalName;
  if (!email) return null;
  const linked = await savePersonProfile(rt.ctx, {
    email,
    name: member.name || from.name || undefined,
    locale: activity.locale ?? undefined,
    timeZone: activityZone(activity),
  });
  const account = {
    personId: linked.personId,
    teamsUserId: from.id,
    aadObjectId: from.aadObjectId ?? member.aadObjectId ?? undefined,
  };
  if (await linkTeamsAccount(rt.ctx, account)) {
    await recordChannelLinked(rt.ctx, { personId: linked.personId, platform: "teams" }, TEAMS_CHANNEL_NAME);
  }
  return {
    personId: linked.personId,
    locale: linked.locale,
    timeZone: linked.timeZone,
    name: linked.name,
    roles: null,
    chatActive: false,
  };
}

/** Saved on first contact, and again after the chat was marked gone: writing to the bot makes it a route again. */
async function rememberPersonalChat(rt: TeamsRuntime, activity: Activity, personId: string): Promise<void> {
  const address = addressOf(activity);
  if (!isPersonal(activity) || !address.serviceUrl) return;
  await saveConversation(rt.ctx, address, { kind: "personal", personId });
}

/**
 * Who sent this activity: the linked person, or the person the member look-up finds on first contact.
 * A personal chat is remembered for proactive messages. Null when Teams gives no e-mail for the user; a
 * MemberLookupError when the look-up itself failed.
 */
export async function identifySender(rt: TeamsRuntime, activity: Activity): Promise<TeamsSender | null> {
  if (!activity.from?.id) return null;
  let person:
    | (Omit<TeamsPerson, "roles" | "standIns"> &
        Partial<Pick<TeamsPerson, "standIns">> & { roles: TeamsPerson["roles"] | null })
    | null = await findTeamsPerson(rt.ctx, activity.from.id, channelConversationId(activity));
  if (!person) {
    try {
      person = await linkByEmail(rt, activity);
    } catch (error) {
      throw new MemberLookupError(error);
    }
  }
  if (!person) return null;
  // Once linked, the person and roles read for this turn go with the actor, so read models do not read them again.
  const { personId, name, locale, roles, standIns } = person;
  const actor: PersonActor | IdentifiedActor = roles
    ? { personId, platform: "teams", known: { personId, name, locale, roles, standIns } }
    : { personId, platform: "teams" };
  if (!person.chatActive) await rememberPersonalChat(rt, activity, personId);
  const timeZone = readerZone(person.timeZone ?? activityZone(activity), rt.ctx.settings.defaultTimeZone);
  return { actor, locale: person.locale, timeZone, name: person.name };
}
