import type { webApi } from "@slack/bolt";
import type { Viewer, WorkflowContext } from "../workflow";
import { type ApplicationView, applicationView } from "../workflow";
import { messageArgs } from "./blocks";
import type { Mrkdwn } from "./mrkdwn";
import { committeeMessageOf, type MessageAt, recordCommitteeMessage } from "./store/slack-posted-messages";
import type { Caller } from "./surface";
import { committeeMessage, lateClickText } from "./views/committee-message";

/** The committee works in French, DAECT's language: its shared messages are French. */
const COMMITTEE_LOCALE = "fr";
/**
 * The committee's channel is read by every member, tied to the body or not, before they declare: its message is the
 * summary (committeeMessage), and the file opens only on "Voir le dossier".
 */
const COMMITTEE_CHANNEL: Viewer = { audience: "committee" };

/**
 * Posts an application to the committee channel, or, when it was posted before (a redelivery after a crash), updates
 * that post instead of posting a second one. Gives back where it is.
 */
export async function postCommitteeMessage(
  client: webApi.WebClient,
  ctx: WorkflowContext,
  channel: string,
  applicationId: string,
): Promise<MessageAt> {
  const existing = await refreshCommitteeMessage(client, ctx, applicationId);
  if (existing) return existing.at;
  const message = committeeMessage(COMMITTEE_LOCALE, await applicationView(ctx, COMMITTEE_CHANNEL, applicationId));
  const posted = await client.chat.postMessage({ channel, ...messageArgs(message) });
  const at = { channel: posted.channel ?? channel, ts: posted.ts ?? "" };
  await recordCommitteeMessage(ctx, applicationId, at);
  return at;
}

/**
 * Draws the committee's message of an application again from the current state (recommended, decided, withdrawn),
 * at the stored place or at the message that was clicked. The message is the channel's, so it is the same summary
 * whoever clicked. Gives back where and what it drew; null when the application was never posted.
 */
export async function refreshCommitteeMessage(
  client: webApi.WebClient,
  ctx: WorkflowContext,
  applicationId: string,
  clicked?: { channel?: string; ts?: string },
): Promise<{ at: MessageAt; view: ApplicationView } | null> {
  const [view, posted] = await Promise.all([
    applicationView(ctx, COMMITTEE_CHANNEL, applicationId),
    committeeMessageOf(ctx, applicationId),
  ]);
  const at = posted ?? (clicked?.channel && clicked.ts ? { channel: clicked.channel, ts: clicked.ts } : null);
  if (!at) return null;
  await client.chat.update({
    channel: at.channel,
    ts: at.ts,
    ...messageArgs(committeeMessage(COMMITTEE_LOCALE, view)),
  });
  return { at, view };
}

/** A committee form sent after the same step was taken (by someone else, or twice): who took it and when. */
export async function lateCommitteeText(
  ctx: WorkflowContext,
  caller: Caller,
  applicationId: string,
  action: "recommend" | "decide",
): Promise<Mrkdwn | null> {
  return lateClickText(caller.locale, await applicationView(ctx, caller.actor, applicationId), action);
}
