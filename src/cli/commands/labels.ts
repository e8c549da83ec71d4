import { parseCsv } from "../../documents/csv";
import { importLabelHistory } from "../../workflow";
import { CLI_ACTOR, type CliCommand, CliRefusal, UsageError } from "../command";

export const importLabels: CliCommand = {
  name: "import-labels",
  usage:
    "import-labels <file.csv>   (columns: organisation,kind,programme,number,themes,competences,valid_from,valid_until)",
  summary: "import the PACT 2 / PACT 3 label history (all rows or none)",
  async run(args, { ctx, io }) {
    const [file] = args;
    if (!file) throw new UsageError("csv_required");
    let text: string;
    try {
      text = io.readFile(file);
    } catch {
      // Missing, a folder, or not readable: the path is what the operator can fix.
      throw new CliRefusal("refusal.cli.unreadable_file", { file });
    }
    const { header, rows } = parseCsv(text);
    const lines = rows.map(({ line, values }) => ({
      line,
      values: Object.fromEntries(header.map((column, i) => [column, values[i]?.trim() ?? ""])),
    }));
    const { imported } = await importLabelHistory(ctx, CLI_ACTOR, header, lines);
    io.out(`${imported} labels imported`);
  },
};
