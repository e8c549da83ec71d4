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
/** Each surface's own tables (its address book and posted messages), kept by its store and by nothing else. */
const STORES: Record<string, { dir: string; models: string[] }> = {
  slack: { dir: path.join("slack", "store"), models: ["SlackAccount", "SlackPostedMessage"] },
  teams: { dir: path.join("teams", "store"), models: ["TeamsAccount", "TeamsConversation", "TeamsPostedCard"] },
};
const inStore = (file: string) => Object.values(STORES).some((s) => path.relative(SRC, file).startsWith(s.dir));
/** The Prisma delegate (slackAccount) and the SQL table ("SlackAccount") of a model. */
const mentions = (model: string) => new RegExp(`\\.${model[0]?.toLowerCase()}${model.slice(1)}\\.|"${model}"`);

describe("surfaces", () => {
  it("write to the database only through workflow verbs, or their own tables through their store", () => {
    const writes = /\.(create|createMany|update|updateMany|upsert|delete|deleteMany)\(/;
    const offences = sourceFiles(SRC)
      .filter((file) => ["slack", "teams", "cli"].includes(areaOf(file)) && !inStore(file))
      .filter((file) => {
        const text = fs.readFileSync(file, "utf8");
        return /\b(db|tx)\.\w+\.\w+\(/.test(text) && writes.test(text);
      })
      .map((file) => path.relative(SRC, file));
    expect(offences).toEqual([]);
  });

  it("each store touches only its surface's tables, and no other module of src/ touches them", () => {
    const offences: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const text = fs.readFileSync(file, "utf8");
      const where = path.relative(SRC, file);
      for (const [surface, store] of Object.entries(STORES)) {
        const own = where.startsWith(store.dir);
        for (const model of store.models) if (!own && mentions(model).test(text)) offences.push(`${where}: ${model}`);
        if (own) {
          const others = Object.entries(STORES).filter(([name]) => name !== surface);
          for (const [, other] of others)
            for (const model of other.models) if (mentions(model).test(text)) offences.push(`${where}: ${model}`);
        }
      }
    }
    expect(offences).toEqual([]);
    expect(mentions("TeamsPostedCard").test('FROM "TeamsPostedCard"')).toBe(true);
    expect(mentions("SlackAccount").test("ctx.db.slackAccount.findUnique(")).toBe(true);
  });
});
