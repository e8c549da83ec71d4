import { toSpreadsheetCsv } from "../../documents/csv";
import { isAllowed } from "../../domain/roles";
import { dateIn } from "../../domain/time";
import { EXPORTS, type ExportName, exportData } from "../../workflow";
import { tm } from "../mrkdwn";
import { ephemeral, normalise, type Subcommand } from "./subcommand";

const NAMES = Object.keys(EXPORTS) as ExportName[];

/** DAECT's CSV exports, uploaded into the caller's DM with the bot (never into a shared channel). */
export const exportFiles: Subcommand = {
  names: ["export", "exporter"],
  key: "export",
  allowed: (caller) => isAllowed("export.read", caller),
  run: async ({ args, caller, client, respond, surface }) => {
    const wanted = normalise(args);
    const names = wanted ? NAMES.filter((n) => n === wanted) : NAMES;
    if (names.length === 0) {
      await ephemeral(respond, tm(caller.locale, "slack.export.usage", { names: NAMES.join(", ") }));
      return;
    }
    const today = dateIn(surface.ctx.clock.now());
    const files = [];
    for (const name of names) {
      const { columns, rows } = await exportData(surface.ctx, caller.actor, name);
      files.push({
        file: Buffer.from(toSpreadsheetCsv(columns, rows), "utf8"),
        filename: `expect-${name}-${today}.csv`,
      });
    }
    const dm = await client.conversations.open({ users: caller.slackUserId });
    await client.filesUploadV2({
      channel_id: dm.channel?.id ?? caller.slackUserId,
      initial_comment: tm(caller.locale, "slack.export.comment", { date: today }).toString(),
      file_uploads: files,
    });
    await ephemeral(respond, tm(caller.locale, "slack.export.sent", { count: files.length }));
  },
};
