import { parseArgs } from "node:util";
import { toCsv, toSpreadsheetCsv } from "../../documents/csv";
import { EXPORTS, type ExportName, exportData } from "../../workflow";
import { CLI_ACTOR, type CliCommand, UsageError } from "../command";

export const exportCommand: CliCommand = {
  name: "export",
  usage: "export <labels|missions|reports> [--out file.csv]",
  summary: "export as CSV (to standard output unless --out)",
  async run(args, { ctx, io }) {
    const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { out: { type: "string" } } });
    const name = positionals[0];
    if (!name || !(name in EXPORTS))
      throw new UsageError("choose_export", { choices: Object.keys(EXPORTS).join(", ") });
    const { columns, rows } = await exportData(ctx, CLI_ACTOR, name as ExportName);
    // A file is for a spreadsheet (the byte-order mark, as in Slack's export); standard output is for other programs.
    if (values.out) {
      io.writeFile(values.out, toSpreadsheetCsv(columns, rows));
      io.out(`${rows.length} rows written to ${values.out}`);
    } else io.out(toCsv(columns, rows).trimEnd());
  },
};
