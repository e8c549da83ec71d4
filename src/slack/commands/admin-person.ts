import type { RespondFn, webApi } from "@slack/bolt";
import { dateIn } from "../../domain/time";
import { exportPerson } from "../../workflow";
import { tm } from "../mrkdwn";
import type { Caller, SlackSurface } from "../surface";
import { ephemeral } from "./subcommand";

/** `/expect admin export-personne <e-mail>`, French first. */
export const PERSON_EXPORT_VERBS: readonly string[] = ["export-personne", "exporter-personne", "export-person"];

/**
 * RGPD right of access from Slack: everything held about a person, as a JSON file in the DAECT caller's DM with the
 * bot (never in a channel: it is personal data). The verb checks that the caller is DAECT.
 */
export async function runPersonExport(
  rest: string,
  {
    caller,
    client,
    respond,
    surface,
  }: { caller: Caller; client: webApi.WebClient; respond: RespondFn; surface: SlackSurface },
): Promise<void> {
  const [email, extra] = rest.split(/\s+/u).filter(Boolean);
  if (!email || extra !== undefined) {
    await ephemeral(respond, tm(caller.locale, "slack.admin.personUsage"));
    return;
  }
  const data = await exportPerson(surface.ctx, caller.actor, { person: email }, surface.personalData);
  const today = dateIn(surface.ctx.clock.now());
  const dm = await client.conversations.open({ users: caller.slackUserId });
  await client.filesUploadV2({
    channel_id: dm.channel?.id ?? caller.slackUserId,
    initial_comment: tm(caller.locale, "slack.admin.personExportComment", { email, date: today }).toString(),
    file_uploads: [
      { file: Buffer.from(JSON.stringify(data, null, 2), "utf8"), filename: `expect-personne-${today}.json` },
    ],
  });
  await ephemeral(respond, tm(caller.locale, "slack.admin.personExportSent", { email }));
}
