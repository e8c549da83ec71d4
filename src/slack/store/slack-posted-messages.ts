import type { WorkflowContext } from "../../workflow";

/** Where a Slack message is: enough to update it in place. */
export interface MessageAt {
  channel: string;
  ts: string;
}

/**
 * The committee channel's message of an application, so a decision taken anywhere updates it in place. Only this
 * module reads and writes SlackPostedMessage.
 */
export async function committeeMessageOf(ctx: WorkflowContext, applicationId: string): Promise<MessageAt | null> {
  const row = await ctx.db.slackPostedMessage.findUnique({ where: { applicationId } });
  return row ? { channel: row.channel, ts: row.ts } : null;
}

export async function recordCommitteeMessage(
  ctx: WorkflowContext,
  applicationId: string,
  at: MessageAt,
): Promise<void> {
  await ctx.db.slackPostedMessage.upsert({
    where: { applicationId },
    create: { applicationId, channel: at.channel, ts: at.ts, postedAt: ctx.clock.now() },
    update: { channel: at.channel, ts: at.ts },
  });
}
