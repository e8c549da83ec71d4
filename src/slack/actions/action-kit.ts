import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs, types } from "@slack/bolt";
import { explainFailure } from "../../errors/unexpected";
import { formatDateTime, type Locale } from "../../i18n";
import { actions, type Block, context, messageArgs, section } from "../blocks";
import { publishHome } from "../home/publish-home";
import { escapeMrkdwn, type Mrkdwn, tm } from "../mrkdwn";
import type { Caller, SlackSurface } from "../surface";
import type { SlackKey } from "../words";

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** Where a click came from decides how the person hears back: in the message's channel, or by DM. */
export async function tell(args: ButtonArgs, text: Mrkdwn, blocks?: Block[]): Promise<void> {
  const { body, client } = args;
  const channel = body.container.type === "message" ? body.channel?.id : undefined;
  const message = messageArgs(blocks ? { text, blocks } : { text });
  if (channel) await client.chat.postEphemeral({ channel, user: body.user.id, ...message });
  else await client.chat.postMessage({ channel: body.user.id, ...message });
}

/** Acks, identifies the person and runs the step; any refusal or failure is explained to them, never swallowed. */
export function onButton(
  surface: SlackSurface,
  step: (args: ButtonArgs, caller: Caller, value: string) => Promise<void>,
): (args: ButtonArgs) => Promise<void> {
  return async (args) => {
    await args.ack();
    let locale: Locale = "fr";
    try {
      const caller = await surface.callers.resolve(args.client, args.body.user.id);
      if (!caller) {
        await tell(args, tm(locale, "slack.identity.unknown"));
        return;
      }
      locale = caller.locale;
      await step(args, caller, args.action.value ?? "");
    } catch (error) {
      const text = await explainFailure(surface.incidents, error, locale, `Slack action ${args.action.action_id}`);
      await tell(args, escapeMrkdwn(text)).catch((failure: unknown) =>
        args.logger.error("Slack could not tell the person of the failure", failure),
      );
    }
  };
}

/** What a done message may add: words for its placeholders, and the next step's buttons in place of the old ones. */
export interface DoneExtras {
  params?: Record<string, string>;
  next?: types.Button[];
}

/**
 * After an action done from a message, the message says so in place and loses its buttons (a second click has
 * nothing left to press); done from the App Home, the Home is drawn again.
 */
export async function showDone(
  args: ButtonArgs,
  surface: SlackSurface,
  caller: Caller,
  key: SlackKey,
  extras: DoneExtras = {},
): Promise<void> {
  const { body, client } = args;
  const at = formatDateTime(surface.ctx.clock.now(), caller.locale, caller.timeZone);
  const text = tm(caller.locale, key, { at, ...extras.params });
  if (body.container.type === "message" && body.channel?.id && body.message?.ts) {
    const kept = ((body.message.blocks ?? []) as Block[]).filter((b) => b.type !== "actions");
    const next = extras.next?.length ? [actions(extras.next)] : [];
    const blocks = [...(kept.length ? [...kept, context(text)] : [section(text)]), ...next];
    await client.chat.update({ channel: body.channel.id, ts: body.message.ts, ...messageArgs({ text, blocks }) });
    return;
  }
  if (body.view?.type === "home") {
    await publishHome(client, surface, caller);
    return;
  }
  await client.chat.postMessage({ channel: caller.slackUserId, ...messageArgs({ text }) });
}
