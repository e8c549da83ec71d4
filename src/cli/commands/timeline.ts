import { formatDateTime, word } from "../../i18n";
import { missionTimeline } from "../../workflow";
import { CLI_ACTOR, type CliCommand, UsageError } from "../command";

export const timeline: CliCommand = {
  name: "timeline",
  usage: "timeline <mission reference or id>",
  summary: "print what happened to a mission, who did it and from where",
  async run(args, { ctx, io }) {
    const [key] = args;
    if (!key) throw new UsageError("mission_required");
    const mission = await ctx.db.mission.findFirst({ where: { OR: [{ id: key }, { reference: key }] } });
    const result = await missionTimeline(ctx, CLI_ACTOR, { missionId: mission?.id ?? key });
    io.out(`${result.reference} — ${word("fr", `state.${result.status}`, result.status)}`);
    for (const e of result.entries) {
      const change = e.toState ? ` → ${e.toState}` : "";
      io.out(`${formatDateTime(e.at, "fr")}  ${e.entityType}.${e.action}${change}  (${e.actor}, ${e.platform})`);
    }
  },
};
