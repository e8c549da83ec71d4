import { addEmbassy } from "../../workflow";
import { CLI_ACTOR, type CliCommand, UsageError } from "../command";

export const embassy: CliCommand = {
  name: "embassy",
  usage: "embassy add <country code> <name…> | embassy list",
  summary: "register the French embassy that validates missions for a country",
  async run(args, { ctx, io }) {
    const [action, code, ...name] = args;
    if (action === "list") {
      for (const e of await ctx.db.embassy.findMany({ orderBy: { countryCode: "asc" } }))
        io.out(`${e.countryCode}\t${e.name}`);
      return;
    }
    if (action !== "add" || !code || name.length === 0) throw new UsageError("embassy_arguments");
    const { changed } = await addEmbassy(ctx, CLI_ACTOR, { countryCode: code, name: name.join(" ") });
    io.out(changed ? `embassy ${code.toUpperCase()} added` : `embassy ${code.toUpperCase()} already exists`);
  },
};
