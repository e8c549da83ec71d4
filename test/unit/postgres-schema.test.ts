import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const ROOT = path.resolve(__dirname, "../..");

describe("the PostgreSQL schema and init migration", () => {
  it("are what scripts/postgres-schema.js writes from prisma/schema.prisma", async () => {
    // Exits 1, naming the stale file and `npm run db:postgres`, when someone edits one schema and not the other.
    await expect(
      promisify(execFile)(process.execPath, [path.join(ROOT, "scripts/postgres-schema.js"), "--check"], { cwd: ROOT }),
    ).resolves.toMatchObject({ stderr: "" });
  }, 30_000);
});
