/** RFC 4180 CSV (comma or semicolon): quoted fields, doubled quotes, CRLF or LF; a header row names the columns. */
export function parseCsv(text: string): { header: string[]; rows: { line: number; values: string[] }[] } {
  const records: { line: number; values: string[] }[] = [];
  let field = "";
  let values: string[] = [];
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const source = text.replace(/^\uFEFF/, "");
  // French spreadsheets export with semicolons: the header line tells which separator the file uses.
  const firstLine = source.split(/\r?\n/, 1)[0] ?? "";
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      values.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && source[i + 1] === "\n") i++;
      values.push(field);
      if (values.some((v) => v.trim() !== "")) records.push({ line: recordLine, values });
      values = [];
      field = "";
      line++;
      recordLine = line;
    } else field += c;
  }
  values.push(field);
  if (values.some((v) => v.trim() !== "")) records.push({ line: recordLine, values });
  const [head, ...rows] = records;
  return { header: (head?.values ?? []).map((h) => h.trim().toLowerCase()), rows };
}

/** A spreadsheet runs a cell that starts so as a formula (CSV injection): text read there must stay text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function quote(value: unknown): string {
  const raw = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  // Numbers are the export's own (a negative one is no formula); people's text gets the apostrophe spreadsheets hide.
  const numeric = typeof value === "number" || typeof value === "bigint";
  const text = !numeric && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return [columns.join(","), ...rows.map((row) => columns.map((c) => quote(row[c])).join(","))].join("\r\n") + "\r\n";
}

/** Excel reads a CSV without a byte-order mark as Windows-1252, turning accented names into mojibake. */
const UTF8_BOM = "\uFEFF";

/** A CSV export as a file people open in a spreadsheet: UTF-8 with its byte-order mark. */
export function toSpreadsheetCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return UTF8_BOM + toCsv(columns, rows);
}
