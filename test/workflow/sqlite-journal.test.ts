import fs from "node:fs";
import { createDb, type Db } from "../../src/db/client";
import { sqliteFileFromUrl } from "../../src/db/database-url";
import { configureSqliteJournal, type SqliteJournal } from "../../src/db/sqlite-journal";
import { freshDatabaseUrl, testDatabaseKind } from "../support/db";

const onSqlite = testDatabaseKind() === "sqlite" ? describe : describe.skip;

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const pragma = async (db: Db, name: string) =>
  Number(Object.values(((await db.$queryRawUnsafe(`PRAGMA ${name}`)) as Record<string, unknown>[])[0] ?? {})[0]);

onSqlite("the SQLite journal", () => {
  let db: Db;
  let file: string;
  let journal: SqliteJournal | undefined;
  const warnings: unknown[] = [];
  const logger = { warn: (...args: unknown[]) => warnings.push(args) };

  beforeEach(() => {
    const url = freshDatabaseUrl();
    file = sqliteFileFromUrl(url);
    db = createDb(url);
    warnings.length = 0;
  });
  afterEach(async () => {
    await journal?.stop();
    journal = undefined;
    await db.$disconnect();
  });

  it("commits without syncing, and a thread of its own copies the log into the database file", async () => {
    journal = await configureSqliteJournal(db, file, { synchronous: "normal", logger, everyMs: 20, fromBytes: 0 });
    expect(await pragma(db, "synchronous")).toBe(1); // NORMAL
    const before = fs.statSync(file).size;
    // Enough rows to need new pages: the log holds them until a checkpoint writes them into the file.
    await db.$executeRawUnsafe("CREATE TABLE journal_probe (id INTEGER PRIMARY KEY, text TEXT)");
    for (let i = 0; i < 20; i++) {
      await db.$executeRawUnsafe("INSERT INTO journal_probe (text) VALUES (?)", "x".repeat(4000));
    }
    await until(async () => (await pragma(db, "wal_autocheckpoint")) === 0, "the checkpoint thread's start");
    await until(async () => fs.statSync(file).size > before + 20 * 4000, "the checkpoint thread's copy");
    expect(warnings).toEqual([]);
  });

  it("keeps SQLite's automatic checkpoint while the log is small", async () => {
    journal = await configureSqliteJournal(db, file, { synchronous: "normal", logger, everyMs: 20 });
    await db.$executeRawUnsafe("CREATE TABLE journal_probe (id INTEGER PRIMARY KEY)");
    // A few looks at the log's size, with nothing to start.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await pragma(db, "wal_autocheckpoint")).toBe(1000);
  });

  it("syncs every commit with full", async () => {
    journal = await configureSqliteJournal(db, file, { synchronous: "full", logger });
    expect(await pragma(db, "synchronous")).toBe(2); // FULL
  });

  it("gives the checkpoints back to the bot's connection when the thread cannot run", async () => {
    // A log beside no database: the thread starts, and fails to open the file.
    const missing = `${file}.missing`;
    fs.writeFileSync(`${missing}-wal`, "");
    journal = await configureSqliteJournal(db, missing, { synchronous: "normal", logger, everyMs: 20, fromBytes: 0 });
    await until(async () => warnings.length > 0, "the thread's failure");
    expect(await pragma(db, "wal_autocheckpoint")).toBe(1000);
    expect(JSON.stringify(warnings)).toContain("checkpoint thread stopped");
  });
});
