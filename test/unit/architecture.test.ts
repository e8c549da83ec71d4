import fs from "node:fs";
import path from "node:path";

const SRC = path.resolve(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** The top-level folders of src/ that a file imports (relative imports only). */
function importedAreas(file: string): Set<string> {
  const text = fs.readFileSync(file, "utf8");
  const areas = new Set<string>();
  for (const match of text.matchAll(/from\s+"(\.{1,2}\/[^"]+)"/g)) {
    const target = path.relative(SRC, path.resolve(path.dirname(file), match[1] ?? ""));
    areas.add(target.split(path.sep)[0] ?? "");
  }
  return areas;
}

const areaOf = (file: string) => path.relative(SRC, file).split(path.sep)[0] ?? "";

/** DESIGN.md §6: what never happens. */
const FORBIDDEN: Record<string, string[]> = {
  domain: ["workflow", "db", "notify", "slack", "teams", "scheduler", "cli", "i18n", "config", "http", "generated"],
  workflow: ["slack", "teams", "notify", "scheduler", "cli", "http"],
  notify: ["slack", "teams", "scheduler", "cli"],
  slack: ["teams", "scheduler", "cli", "generated"],
  teams: ["slack", "scheduler", "cli", "generated"],
};

describe("layers", () => {
  const files = sourceFiles(SRC);

  it.each(Object.entries(FORBIDDEN))("%s imports none of its forbidden neighbours", (area, forbidden) => {
    const offences = files
      .filter((file) => areaOf(file) === area)
      .flatMap((file) =>
        [...importedAreas(file)].filter((a) => forbidden.includes(a)).map((a) => `${path.relative(SRC, file)} → ${a}`),
      );
    expect(offences).toEqual([]);
  });

  it("keeps the domain free of I/O and SDKs", () => {
    const offences = files
      .filter((file) => areaOf(file) === "domain")
      .filter((file) => /from\s+"(@slack|@microsoft|@prisma|node:|express|pino)/.test(fs.readFileSync(file, "utf8")));
    expect(offences).toEqual([]);
  });

  // The scheduler's lease is its own bookkeeping, not programme data, so only the surfaces are held to this.
  it("lets surfaces write to the database only through workflow verbs", () => {
    const writes = /\.(create|createMany|update|updateMany|upsert|delete|deleteMany)\(/;
    const offences = files
      .filter((file) => ["slack", "teams", "cli"].includes(areaOf(file)))
      .filter(
        (file) =>
          /\b(db|tx)\.\w+\.\w+\(/.test(fs.readFileSync(file, "utf8")) && writes.test(fs.readFileSync(file, "utf8")),
      )
      .map((file) => path.relative(SRC, file));
    expect(offences).toEqual([]);
  });
});
