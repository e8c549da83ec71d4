/** Figures and the printed tables of `npm run bench:surfaces`. */

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

export const ratio = (ours: number, bare: number) => (bare > 0 ? ours / bare : Number.POSITIVE_INFINITY);

export const times = (value: number) => `×${value.toFixed(2)}`;

/** "ok" or "FAIL", with the limit it was held to. */
export const verdict = (holds: boolean, limit: string) => `${holds ? "ok  " : "FAIL"} (${limit})`;

/** Left-aligned text columns, the widest cell setting each column's width. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
