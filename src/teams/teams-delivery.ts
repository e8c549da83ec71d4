import { isDomainError } from "../domain/errors";
import { readerZone, toLocale } from "../i18n";
import type {
  DeliveryChannel,
  DeliveryResult,
  DeliveryTarget,
  OutgoingNotification,
  PersonTarget,
} from "../notify/delivery-channel";
import type { Viewer } from "../workflow";
import { type MissionDetails, missionDetailsFor } from "../workflow/queries/mission-details";
import { updateEmbassyCards } from "./card-updates";
import { cardMessage, textMessage } from "./cards/card-kit";
import { Markdown } from "./cards/markdown";
import { renderNotification } from "./cards/notification-card";
import { type ConnectorError, toConnectorError } from "./connector-error";
import { diplomaLink } from "./diploma-link";
import { loseConversation, TEAMS_CHANNEL_NAME } from "./lose-conversation";
import { snoozeDaysFor, type TeamsRuntime } from "./runtime";
import {
  embassyChannelsOf,
  embassyStaffConversations,
  markConversationGone,
  personalChatsOf,
  type TeamsAddress,
} from "./store/teams-conversations";
import { type PostedCopy, recordPostedCards } from "./store/teams-posted-cards";

const EMBASSY = "embassy:";

type Posted = { copy: PostedCopy } | { error: ConnectorError; refId: string };

/** The mission as the recipient may see it (a person, or the embassy channel's audience); null once it is gone. */
async function loadMission(rt: TeamsRuntime, viewer: Viewer, missionId: string | null): Promise<MissionDetails | null> {
  if (!missionId) return null;
  try {
    return (await missionDetailsFor(rt.ctx, viewer, missionId)).mission;
  } catch (error) {
    if (isDomainError(error) && error.code === "not_found") return null;
    throw error;
  }
}

function activityFor(
  rt: TeamsRuntime,
  n: OutgoingNotification,
  mission: MissionDetails | null,
  reader: { locale: "fr" | "en"; timeZone: string },
  diplomaLink?: { url: string; expiresAt: Date },
) {
  const snoozeDays = snoozeDaysFor(rt, mission);
  const rendered = renderNotification({ ...n, mission, ...reader, snoozeDays, diplomaLink });
  return rendered instanceof Markdown ? textMessage(rendered) : cardMessage(rendered);
}

async function post(rt: TeamsRuntime, to: TeamsAddress, activity: ReturnType<typeof activityFor>): Promise<Posted> {
  try {
    const activityId = await rt.connector.sendActivity(to, activity);
    return { copy: { conversationId: to.conversationId, activityId } };
  } catch (error) {
    return { error: toConnectorError(error), refId: to.refId };
  }
}

/**
 * A 429 waits for the connector's Retry-After; 403/404 mean the bot is out of that conversation: it stops being a
 * route and notify tries another channel (DAECT hears of it from the dead letter if none is left).
 */
async function failureResult(
  rt: TeamsRuntime,
  failure: { error: ConnectorError; refId: string },
): Promise<DeliveryResult> {
  const { error, refId } = failure;
  if (error.throttled) return { status: "retry", error: error.message, retryAfterSeconds: error.retryAfterSeconds };
  if (!error.permanent) return { status: "retry", error: error.message };
  await markConversationGone(rt.ctx, refId, error.message);
  return { status: "failed", error: error.message };
}

/** Remembers the copies of a mission's card, so a decision updates them in place (card-updates.ts). */
async function sent(rt: TeamsRuntime, n: OutgoingNotification, copies: PostedCopy[]): Promise<DeliveryResult> {
  if (n.missionId) await recordPostedCards(rt.ctx, n.missionId, n.kind, copies);
  return { status: "sent" };
}

/**
 * The embassy has no channel: its card goes to each staff member's personal chat. A chat the bot was
 * removed from is recorded (DAECT told) and the others still get the card; the notification counts as
 * sent once one copy is posted, so a throttled or broken chat never makes the others receive it twice.
 */
async function deliverToStaff(
  rt: TeamsRuntime,
  n: OutgoingNotification,
  mission: MissionDetails | null,
  country: string,
): Promise<DeliveryResult> {
  const staff = await embassyStaffConversations(rt.ctx, country);
  if (staff.length === 0) return { status: "retry", error: `no Teams conversation for the embassy of ${country}` };
  const copies: PostedCopy[] = [];
  let firstFailure: { error: ConnectorError; refId: string } | undefined;
  for (const person of staff) {
    const result = await post(
      rt,
      person,
      activityFor(rt, n, mission, {
        locale: person.locale,
        timeZone: readerZone(person.timeZone, rt.ctx.settings.defaultTimeZone),
      }),
    );
    if ("copy" in result) {
      copies.push(result.copy);
      continue;
    }
    firstFailure ??= result;
    if (result.error.permanent) {
      await loseConversation(rt.ctx, result.refId, "forbidden", result.error.message);
    } else rt.logger.warn({ outboxId: n.id, refId: result.refId }, result.error.message);
  }
  if (copies.length > 0) return sent(rt, n, copies);
  if (firstFailure?.error.permanent) return { status: "retry", error: firstFailure.error.message };
  return firstFailure ? failureResult(rt, firstFailure) : { status: "retry", error: "nothing sent" };
}

async function deliverShared(
  rt: TeamsRuntime,
  n: OutgoingNotification,
  target: Extract<DeliveryTarget, { type: "shared" }>,
): Promise<DeliveryResult> {
  const country = target.channel.slice(EMBASSY.length);
  const audience: Viewer = { audience: target.channel };
  const mission = await loadMission(rt, audience, n.missionId);
  const [channel] = await embassyChannelsOf(rt.ctx, country);
  const result = channel
    ? await post(
        rt,
        channel,
        activityFor(rt, n, mission, { locale: "fr", timeZone: readerZone(null, rt.ctx.settings.defaultTimeZone) }),
      )
    : await deliverToStaff(rt, n, mission, country).then((r) => ({ result: r }));
  const outcome =
    "result" in result
      ? result.result
      : "copy" in result
        ? await sent(rt, n, [result.copy])
        : await failureResult(rt, result);
  // A cancelled mission's validation card must lose its buttons wherever it was posted (as just read, cancelled).
  if (outcome.status === "sent" && n.kind === "mission_cancelled" && mission) {
    await updateEmbassyCards(rt, mission);
  }
  return outcome;
}

async function deliverToPerson(
  rt: TeamsRuntime,
  n: OutgoingNotification,
  target: PersonTarget,
  chat: TeamsAddress,
): Promise<DeliveryResult> {
  let link: { url: string; expiresAt: Date } | undefined;
  if (n.kind === "diploma_issued") {
    // Without links the card would promise a diploma it cannot give: fail, so DAECT is told.
    if (!rt.diplomaLinks) return { status: "failed", error: "diploma links are not configured" };
    link = diplomaLink(rt.diplomaLinks, { labelId: n.data.labelId, personId: target.personId }, rt.ctx.clock.now());
  }
  const mission = await loadMission(rt, { personId: target.personId, platform: "teams" }, n.missionId);
  const result = await post(
    rt,
    chat,
    activityFor(rt, n, mission, { locale: toLocale(target.locale), timeZone: target.timeZone }, link),
  );
  return "copy" in result ? sent(rt, n, [result.copy]) : failureResult(rt, result);
}

/**
 * notify's Teams channel. It reaches a person through their newest personal chat with the bot, and
 * an embassy ("embassy:XX") through the channel its staff designated, or failing that through each
 * staff member's personal chat, all from Teams' own address book (src/teams/store). It reports a 429 as a retry
 * after Retry-After; a 403/404 marks the conversation gone (DAECT told) and fails, so notify tries another channel.
 */
export function createTeamsDeliveryChannel(rt: TeamsRuntime): DeliveryChannel {
  // canReach's read of a person's chats, kept for the deliver that follows on the same target.
  const chats = new WeakMap<DeliveryTarget, TeamsAddress[]>();
  async function chatsOf(target: PersonTarget): Promise<TeamsAddress[]> {
    const known = chats.get(target) ?? (await personalChatsOf(rt.ctx, target.personId));
    chats.set(target, known);
    return known;
  }
  return {
    name: TEAMS_CHANNEL_NAME,
    async canReach(target) {
      if (target.type === "person") return (await chatsOf(target)).length > 0;
      return target.channel.startsWith(EMBASSY);
    },
    async deliver(n, target) {
      try {
        if (target.type === "shared") return await deliverShared(rt, n, target);
        const [chat] = await chatsOf(target);
        chats.delete(target);
        if (!chat) return { status: "failed", error: "no Teams conversation" };
        return await deliverToPerson(rt, n, target, chat);
      } catch (error) {
        // A recipient no longer allowed to see the mission: trying again will not help.
        if (isDomainError(error)) return { status: "failed", error: error.message };
        throw error;
      }
    },
  };
}
