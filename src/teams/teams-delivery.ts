import { isDomainError } from "../domain/errors";
import { readerZone, toLocale } from "../i18n";
import type {
  DeliveryChannel,
  DeliveryResult,
  DeliveryTarget,
  OutgoingNotification,
  TeamsConversation,
} from "../notify/delivery-channel";
import type { Viewer } from "../workflow";
import {
  embassyStaffConversations,
  type MissionDetails,
  missionDetailsFor,
  recordConversationGone,
  type TeamsAddress,
} from "../workflow/teams";
import { updateEmbassyCards } from "./card-updates";
import { cardMessage, textMessage } from "./cards/card-kit";
import { Markdown } from "./cards/markdown";
import { renderNotification } from "./cards/notification-card";
import { type ConnectorError, toConnectorError } from "./connector-error";
import { formatPostedCopies, type PostedCopy } from "./delivery-ref";
import { diplomaLink } from "./diploma-link";
import { snoozeDaysFor, type TeamsRuntime } from "./runtime";

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

async function post(
  rt: TeamsRuntime,
  to: TeamsConversation | TeamsAddress,
  activity: ReturnType<typeof activityFor>,
): Promise<Posted> {
  try {
    const activityId = await rt.connector.sendActivity(to, activity);
    return { copy: { conversationId: to.conversationId, activityId } };
  } catch (error) {
    return { error: toConnectorError(error), refId: to.refId };
  }
}

/** A 429 waits for the connector's Retry-After; 403/404 mean the bot is out of that conversation. */
function failureResult(failure: { error: ConnectorError; refId: string }): DeliveryResult {
  const { error, refId } = failure;
  if (error.throttled) return { status: "retry", error: error.message, retryAfterSeconds: error.retryAfterSeconds };
  if (error.permanent) return { status: "failed", error: error.message, goneConversationRefId: refId };
  return { status: "retry", error: error.message };
}

function sent(copies: PostedCopy[]): DeliveryResult {
  return { status: "sent", ref: formatPostedCopies(copies) };
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
      await recordConversationGone(rt.ctx, {
        conversationRefId: result.refId,
        reason: "forbidden",
        error: result.error.message,
      });
    } else rt.logger.warn({ outboxId: n.id, refId: result.refId }, result.error.message);
  }
  if (copies.length > 0) return sent(copies);
  if (firstFailure?.error.permanent) return { status: "retry", error: firstFailure.error.message };
  return firstFailure ? failureResult(firstFailure) : { status: "retry", error: "nothing sent" };
}

async function deliverShared(
  rt: TeamsRuntime,
  n: OutgoingNotification,
  target: Extract<DeliveryTarget, { type: "shared" }>,
): Promise<DeliveryResult> {
  const country = target.channel.slice(EMBASSY.length);
  const audience: Viewer = { audience: target.channel };
  const mission = await loadMission(rt, audience, n.missionId);
  const channel = target.teamsConversations[0];
  const result = channel
    ? await post(
        rt,
        channel,
        activityFor(rt, n, mission, { locale: "fr", timeZone: readerZone(null, rt.ctx.settings.defaultTimeZone) }),
      )
    : await deliverToStaff(rt, n, mission, country).then((r) => ({ result: r }));
  const outcome = "result" in result ? result.result : "copy" in result ? sent([result.copy]) : failureResult(result);
  // A cancelled mission's validation card must lose its buttons wherever it was posted (as just read, cancelled).
  if (outcome.status === "sent" && n.kind === "mission_cancelled" && mission) {
    await updateEmbassyCards(rt, mission);
  }
  return outcome;
}

/**
 * notify's Teams platform. It reaches a person through their newest personal chat with the bot, and
 * an embassy ("embassy:XX") through the channel its staff designated, or failing that through each
 * staff member's personal chat. It reports a 429 as a retry after Retry-After and a 403/404 as a
 * failure naming the conversation, which notify marks gone (DAECT is alerted by the dead letter).
 */
export function createTeamsDeliveryChannel(rt: TeamsRuntime): DeliveryChannel {
  return {
    platform: "teams",
    canReach(target) {
      if (target.type === "person") return target.teamsConversations.length > 0;
      return target.channel.startsWith(EMBASSY);
    },
    async deliver(n, target) {
      try {
        if (target.type === "shared") return await deliverShared(rt, n, target);
        const chat = target.teamsConversations[0];
        if (!chat) return { status: "failed", error: "no Teams conversation" };
        let link: { url: string; expiresAt: Date } | undefined;
        if (n.kind === "diploma_issued") {
          // Without links the card would promise a diploma it cannot give: fail, so DAECT is told.
          if (!rt.diplomaLinks) return { status: "failed", error: "diploma links are not configured" };
          link = diplomaLink(
            rt.diplomaLinks,
            { labelId: n.data.labelId, personId: target.personId },
            rt.ctx.clock.now(),
          );
        }
        const mission = await loadMission(rt, { personId: target.personId, platform: "teams" }, n.missionId);
        const result = await post(
          rt,
          chat,
          activityFor(rt, n, mission, { locale: toLocale(target.locale), timeZone: target.timeZone }, link),
        );
        return "copy" in result ? sent([result.copy]) : failureResult(result);
      } catch (error) {
        // A recipient no longer allowed to see the mission: trying again will not help.
        if (isDomainError(error)) return { status: "failed", error: error.message };
        throw error;
      }
    },
  };
}
