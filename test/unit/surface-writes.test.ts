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

const areaOf = (file: string) => path.relative(SRC, file).split(path.sep)[0] ?? "";

/**
 * DESIGN.md §6: a surface writes programme data only through a workflow verb. This is about calls, not imports (a
 * surface holds the client through the workflow context it is given), so the calls are read; imports are checked
 * by layering.test.ts.
 * The scheduler's lease is its own bookkeeping, not programme data, so only the surfaces are held to this.
 */
describe("surfaces", () => {
  it("write to the database only through workflow verbs", () => {
    const writes = /\.(create|createMany|update|updateMany|upsert|delete|deleteMany)\(/;
    const offences = sourceFiles(SRC)
      .filter((file) => ["slack", "teams", "cli"].includes(areaOf(file)))
      .filter((file) => {
        const text = fs.readFileSync(file, "utf8");
        return /\b(db|tx)\.\w+\.\w+\(/.test(text) && writes.test(text);
      })
      .map((file) => path.relative(SRC, file));
    expect(offences).toEqual([]);
  });
});
