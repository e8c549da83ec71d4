import type { CliIo } from "./command";

/** Columns padded to their widest cell under a ruled header; the columns named in `right` (numbers) right-aligned. */
export function printTable(io: CliIo, header: string[], rows: string[][], right: readonly number[] = []): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const format = (cells: string[]) =>
    cells
      .map((c, i) => (right.includes(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  io.out(format(header));
  io.out(format(widths.map((w) => "-".repeat(w))));
  for (const row of rows) io.out(format(row));
}
