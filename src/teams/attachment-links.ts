import { attachmentLink } from "../http/attachment-link";
import { reportAttachments } from "../workflow";
import type { ReportFile } from "./cards/report-review-card";
import type { TeamsSender } from "./identity";
import type { TeamsRuntime } from "./runtime";

/** A report's files with this reader's personal links (the reader has seen the mission); none when not configured. */
export async function reportFilesFor(rt: TeamsRuntime, sender: TeamsSender, missionId: string): Promise<ReportFile[]> {
  const attachments = rt.attachments;
  if (!attachments) return [];
  const now = rt.ctx.clock.now();
  const grant = { personId: sender.actor.personId, platform: "teams" as const };
  return (await reportAttachments(rt.ctx, missionId)).map((line) => ({
    name: line.name,
    size: line.size,
    url: attachmentLink(attachments.links, { ...grant, attachmentId: line.id }, now),
  }));
}
