import { toCsv, toSpreadsheetCsv } from "../../documents/csv";
import { CAPITALISATION_GROUPINGS, type CapitalisationGrouping, COUNTED, totalRow } from "../../domain/capitalisation";
import { capitalisationStats } from "../../workflow";
import { CLI_ACTOR, type CliCommand, UsageError } from "../command";
import { printTable } from "../table";

/** The table's headings of the counted columns, short enough for a terminal (the CSV keeps the field names). */
const HEADINGS: Record<(typeof COUNTED)[number], string> = {
  missionsDone: "missions done",
  reportsLate: "reports late",
  reimbursementsAsked: "reimb. asked",
  reimbursementsSettled: "reimb. paid",
  complementaryAction: "complementary action",
  longTermCooperation: "long-term cooperation",
};

const isGrouping = (value: string): value is CapitalisationGrouping =>
  (CAPITALISATION_GROUPINGS as readonly string[]).includes(value);

export const stats: CliCommand = {
  name: "stats",
  usage: "stats [--by year|country|body] [--csv] [--out file.csv]",
  summary: "capitalisation counts: missions done, reports late, reimbursements, yes to the report's two questions",
  async run(args, { ctx, io }) {
    const options = parseStatsArgs(args);
    const { by } = options;
    const rows = (await capitalisationStats(ctx, CLI_ACTOR, [by]))[by];
    const columns = [by, ...COUNTED];
    const records = rows.map((r) => ({ ...r, [by]: r.key }));
    // As `export`: a file is for a spreadsheet (the byte-order mark), standard output for other programs.
    if (options.out) {
      io.writeFile(options.out, toSpreadsheetCsv(columns, records));
      io.out(`${rows.length} rows written to ${options.out}`);
      return;
    }
    if (options.csv) {
      io.out(toCsv(columns, records).trimEnd());
      return;
    }
    const line = (r: (typeof rows)[number]) => [r.key, ...COUNTED.map((c) => String(r[c]))];
    const numbers = COUNTED.map((_, i) => i + 1);
    printTable(
      io,
      [by, ...COUNTED.map((c) => HEADINGS[c])],
      [...rows.map(line), line(totalRow(rows, "total"))],
      numbers,
    );
  },
};

function parseStatsArgs(args: string[]): { by: CapitalisationGrouping; csv: boolean; out: string | undefined } {
  let by: CapitalisationGrouping = "year";
  let csv = false;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--csv") csv = true;
    else if (arg === "--out" && args[i + 1]) out = args[++i];
    else if (arg === "--by") {
      const value = args[++i] ?? "";
      if (!isGrouping(value)) throw new UsageError("choose_grouping", { choices: CAPITALISATION_GROUPINGS.join(", ") });
      by = value;
    } else throw new UsageError("unknown_argument", { arg });
  }
  return { by, csv, out };
}
