import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { databaseKind, sqliteFileFromUrl } from "./database-url";
import { type DirectConnection, registerDirectReads, TransactionLock } from "./direct-reads";
import { reusePreparedStatements } from "./statement-cache";

/**
 * One type for the rest of the code. Prisma 6.19 refuses a driver adapter whose provider differs from the
 * schema's ("not compatible with the provider `sqlite`"), so PostgreSQL runs on a second client generated from
 * prisma/postgres/schema.prisma, itself generated from the same model: the two have the same models and methods.
 */
export type Db = PrismaClient;
export { Prisma } from "../generated/prisma/client";

export interface DbOptions {
  /** Called with each SQL statement Prisma sends: how tests and the bench count the queries of a request. */
  onQuery?: (sql: string) => void;
}

interface AdapterTransaction {
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

/**
 * The adapter whose connection keeps its compiled statements (see statement-cache.ts) and serves the direct
 * statements of its client (direct-reads.ts) once open. Its transactions take the connection's lock before the
 * adapter's own mutex, so that Prisma's and the direct transactions wait for each other.
 */
class ReusingSQLite3 extends PrismaBetterSQLite3 {
  onConnect?: (connection: DirectConnection) => void;

  override async connect() {
    const adapter = await super.connect();
    const connection = (adapter as unknown as { client?: unknown }).client;
    // Captured before the statement cache patches `prepare`: direct reads keep their statements in object mode.
    const driver = connection as
      | { prepare?: DirectConnection["prepare"]; open?: boolean; inTransaction?: boolean }
      | undefined;
    const prepare = driver?.prepare?.bind(driver);
    reusePreparedStatements(connection);
    const lock = new TransactionLock();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const release = await lock.acquire();
      try {
        const transaction = (await startTransaction(isolationLevel)) as Awaited<ReturnType<typeof startTransaction>> &
          AdapterTransaction;
        const end = (close: () => Promise<void>) => () => close().finally(release);
        transaction.commit = end(transaction.commit.bind(transaction));
        transaction.rollback = end(transaction.rollback.bind(transaction));
        return transaction;
      } catch (error) {
        release();
        throw error;
      }
    };
    if (prepare) {
      this.onConnect?.({
        prepare,
        isOpen: () => driver?.open === true,
        inTransaction: () => driver?.inTransaction === true,
        lock,
      });
    }
    return adapter;
  }
}

/** A Prisma client on the SQLite file of a `file:` DATABASE_URL, or on the server of a `postgres://` one. */
export function createDb(databaseUrl: string | undefined, options: DbOptions = {}): Db {
  const log = options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  const { onQuery } = options;
  let db: Db;
  if (databaseKind(databaseUrl) === "postgres") {
    // Loaded here, not at the top: a SQLite start never pays for the pg driver (see postgres-client.ts).
    const { createPostgresClient } = require("./postgres-client") as typeof import("./postgres-client");
    db = createPostgresClient(databaseUrl as string, log);
  } else {
    const adapter = new ReusingSQLite3({ url: sqliteFileFromUrl(databaseUrl) });
    db = new PrismaClient({ adapter, log });
    const registration = registerDirectReads(db, onQuery);
    adapter.onConnect = (connection) => {
      registration.connection = connection;
    };
  }
  if (onQuery) (db as PrismaClient<"query">).$on("query", (event) => onQuery(event.query));
  return db;
}
