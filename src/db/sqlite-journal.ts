import fs from "node:fs";
import { Worker } from "node:worker_threads";
import type { Logger } from "pino";
import type { Db } from "./client";

export type SqliteSynchronous = "normal" | "full";

export interface SqliteJournal {
  /** Stops the checkpoints (closing the bot's connection afterwards checkpoints what is left). */
  stop(): Promise<void>;
}

/** How often the checkpoint thread copies the write-ahead log into the database file (and, until it runs, how
 * often the log's size is looked at). */
const CHECKPOINT_EVERY_MS = 1000;

/**
 * The checkpoint thread: its own connection to the file, copying committed pages from the log into the database
 * and syncing both, without waiting for the bot's readers or writer (PASSIVE). CommonJS evaluated as a worker;
 * the driver's path comes from the bot so that it resolves as the bot's own.
 */
const CHECKPOINT_WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
const checkpoint = db.prepare("PRAGMA wal_checkpoint(PASSIVE)");
const timer = setInterval(() => {
  try {
    checkpoint.get();
  } catch (error) {
    if (error && error.code === "SQLITE_BUSY") return; // another process (the admin CLI) is checkpointing
    clearInterval(timer);
    parentPort.postMessage({ failed: String(error && error.message) });
  }
}, workerData.everyMs);
parentPort.on("message", () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** The log's size past which the checkpoints move to their thread: a quarter of SQLite's own threshold (4 MB). */
const THREAD_FROM_BYTES = 1024 * 1024;

/**
 * WAL mode (a second process, the admin CLI or another instance, reads while the bot writes), committed without
 * waiting for the disk, and checkpointed on a thread of its own. SQLite's automatic checkpoint runs inside the
 * commit that crosses 1 000 pages of log: every ~40th decision paid 5 ms there, and the sync of the database file
 * it ends with took up to 300 ms on a busy disk, with the event loop blocked and every request waiting. With
 * `synchronous = NORMAL` a commit is durable once a checkpoint has synced it (each second once the thread runs;
 * before, at SQLite's own checkpoint or the system's writeback): a crash of the bot loses nothing, a power cut or
 * system crash may lose the last commits, never the database's integrity.
 * `full` (SQLITE_SYNCHRONOUS) syncs every commit, on the event loop.
 * The thread (a worker: ~10 MB and some CPU to start) starts once the log has grown past 1 MB; a bot that writes
 * little keeps SQLite's automatic checkpoint. Should the thread stop, the automatic checkpoint takes over again.
 */
export async function configureSqliteJournal(
  db: Db,
  file: string,
  options: { synchronous: SqliteSynchronous; logger: Pick<Logger, "warn">; everyMs?: number; fromBytes?: number },
): Promise<SqliteJournal> {
  const { synchronous, logger } = options;
  const everyMs = options.everyMs ?? CHECKPOINT_EVERY_MS;
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe(`PRAGMA synchronous = ${synchronous === "full" ? "FULL" : "NORMAL"}`);
  let stopping = false;
  let worker: Worker | undefined;
  const fallBack = (why: string) => {
    if (stopping) return;
    stopping = true;
    // A thread that reported a failure is still running, with its connection open.
    worker?.terminate().catch(() => undefined);
    logger.warn({ why }, "SQLite checkpoint thread stopped: the bot's connection checkpoints again");
    db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 1000").catch((error: unknown) =>
      logger.warn({ err: error }, "SQLite automatic checkpoint could not be turned back on"),
    );
  };
  const startThread = async () => {
    await db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 0");
    // Stopped while the pragma ran: no thread to start, and the connection is about to close.
    if (stopping) return;
    worker = new Worker(CHECKPOINT_WORKER, {
      eval: true,
      workerData: { file, driver: require.resolve("better-sqlite3"), everyMs },
    });
    worker.unref();
    worker.on("message", (message: { failed?: string }) => fallBack(message.failed ?? "unknown"));
    worker.on("error", (error) => fallBack(error.message));
    worker.on("exit", (code) => fallBack(`exit ${code}`));
  };
  const fromBytes = options.fromBytes ?? THREAD_FROM_BYTES;
  const look = setInterval(() => {
    fs.stat(`${file}-wal`, (error, stat) => {
      if (error || stat.size < fromBytes || worker || stopping) return;
      clearInterval(look);
      startThread().catch((failure: unknown) => fallBack(String(failure)));
    });
  }, everyMs);
  look.unref();
  return {
    async stop() {
      clearInterval(look);
      if (stopping) return;
      stopping = true;
      if (!worker) return;
      const exited = new Promise((resolve) => worker?.once("exit", resolve));
      worker.postMessage("stop");
      await exited;
    },
  };
}
