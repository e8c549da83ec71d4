import type { Prisma } from "../generated/prisma/client";

/**
 * The statements every request makes (the caller and their roles, a list, a card's mission, a verb's reads and
 * writes), run by the driver itself on SQLite. Through Prisma a raw statement still goes through its query compiler
 * and interpreter: ~0.6 ms of CPU each here, against ~0.02 ms for better-sqlite3 running the same compiled
 * statement, and a request makes two to eight. They run on the connection Prisma's adapter uses: outside a
 * transaction as the adapter runs its own statements, and inside one as the adapter runs a transaction's (BEGIN on
 * that single connection, the next transaction waiting on a mutex), so they see and write what a Prisma statement
 * there would. The base SQLite client made by createDb is registered, and a transaction client while inTransaction
 * runs it (lendDirectPath); a PostgreSQL client, or a client not made by createDb, takes Prisma's path.
 */

/** A first-come first-served lock: the one transaction the single connection may have open at a time. */
export class TransactionLock {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves once the lock is held, with the function that releases it. */
  acquire(): Promise<() => void> {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const acquired = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return acquired;
  }
}

interface DirectStatement {
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): { changes: number };
}

export interface DirectConnection {
  prepare(sql: string): DirectStatement;
  /** False once Prisma has closed it ($disconnect): statements then go through Prisma, which opens a new one. */
  isOpen(): boolean;
  /** Whether a transaction is open on it (better-sqlite3's `inTransaction`). */
  inTransaction(): boolean;
  /**
   * Held by every transaction on the connection: Prisma's (the adapter's startTransaction takes it, see
   * client.ts) and directTransaction's, so that neither BEGINs inside the other.
   */
  lock: TransactionLock;
}

interface Registration {
  /** The adapter's connection, once Prisma has opened it (on its first statement). */
  connection: DirectConnection | null;
  onQuery?: (sql: string) => void;
}

const registrations = new WeakMap<object, Registration>();
/** Compiled statements per connection, apart from the adapter's, which it switches to raw (array) rows. */
const statements = new WeakMap<DirectConnection, Map<string, DirectStatement>>();
const CAPACITY = 200;

export function registerDirectReads(client: object, onQuery?: (sql: string) => void): Registration {
  const registration: Registration = { connection: null, onQuery };
  registrations.set(client, registration);
  return registration;
}

/**
 * Lets the transaction client `tx` of `client` use the client's direct path until the returned function is called
 * (when the transaction ends): its statements are then inside the transaction Prisma began on the connection.
 */
export function lendDirectPath(client: object, tx: object): () => void {
  const registration = registrations.get(client);
  if (!registration) return () => {};
  registrations.set(tx, registration);
  return () => registrations.delete(tx);
}

function statementOf(connection: DirectConnection, sql: string): DirectStatement {
  let cache = statements.get(connection);
  if (!cache) {
    cache = new Map();
    statements.set(connection, cache);
  }
  let statement = cache.get(sql);
  if (statement) {
    cache.delete(sql);
  } else {
    statement = connection.prepare(sql);
    if (cache.size >= CAPACITY) cache.delete(cache.keys().next().value as string);
  }
  cache.set(sql, statement);
  return statement;
}

/**
 * A driver's failure as an Error of this realm with Prisma's code where callers test one (P2002, a unique
 * constraint: src/db/errors.ts), the driver's otherwise. better-sqlite3's SqliteError is no `instanceof Error` (nor a
 * native error) outside the realm that loaded the driver first, where it would be logged without message or stack.
 */
export class DriverError extends Error {
  readonly code: string;

  constructor(message: string, code: string, cause: unknown) {
    super(message, { cause });
    this.name = "DriverError";
    this.code = code;
  }
}

const PRISMA_CODES: Record<string, string> = {
  SQLITE_CONSTRAINT_UNIQUE: "P2002",
  SQLITE_CONSTRAINT_PRIMARYKEY: "P2002",
};

function driven<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    const { message, code } = error as { message?: unknown; code?: unknown };
    const driverCode = typeof code === "string" ? code : "SQLITE_ERROR";
    throw new DriverError(String(message), PRISMA_CODES[driverCode] ?? driverCode, error);
  }
}

/** What better-sqlite3 binds as Prisma would: text, numbers and null (anything else goes through Prisma). */
const bindable = (value: unknown) =>
  value === null || typeof value === "string" || typeof value === "number" || typeof value === "bigint";

/** The connection to run `params` on directly, null when the statement must go through Prisma. */
function directConnection(db: object, sql: string, params: readonly unknown[]): DirectConnection | null {
  const registration = registrations.get(db);
  const connection = registration?.connection;
  if (!registration || !connection?.isOpen() || !params.every(bindable)) return null;
  registration.onQuery?.(sql);
  return connection;
}

interface RawQueryable {
  $queryRawUnsafe<T = unknown>(sql: string, ...params: unknown[]): Promise<T>;
}

interface RawClient extends RawQueryable {
  $queryRaw<T = unknown>(query: Prisma.Sql): Promise<T>;
  $executeRaw(query: Prisma.Sql): Promise<number>;
}

/**
 * Rows of a read, by column name, from `sql` in the client's dialect (see dialect.ts) with positional parameters.
 * Integers come back as numbers and DateTime columns as their stored text on SQLite: the readers already take
 * `number | bigint` and `string | Date`, as Prisma gives either by dialect.
 */
export async function readRows<T>(db: RawQueryable, sql: string, ...params: unknown[]): Promise<T[]> {
  const connection = directConnection(db, sql, params);
  if (!connection) return db.$queryRawUnsafe<T[]>(sql, ...params);
  return driven(() => statementOf(connection, sql).all(...params) as T[]);
}

/** readRows of a statement written as Prisma.sql (standard SQL, so the same text runs on both databases). */
export async function readSql<T>(db: RawClient, query: Prisma.Sql): Promise<T[]> {
  const connection = directConnection(db, query.sql, query.values);
  if (!connection) return db.$queryRaw<T[]>(query);
  return driven(() => statementOf(connection, query.sql).all(...query.values) as T[]);
}

/** A write written as Prisma.sql, run as readSql runs a read; the number of rows it changed. */
export async function executeSql(db: RawClient, query: Prisma.Sql): Promise<number> {
  const connection = directConnection(db, query.sql, query.values);
  if (!connection) return db.$executeRaw(query);
  return driven(() => statementOf(connection, query.sql).run(...query.values).changes);
}

/**
 * Runs `fn` in a transaction the driver itself begins and commits on the SQLite connection of `client`, or returns
 * undefined without running it when `client` has no direct path (PostgreSQL, or a connection not open yet): the
 * caller then takes Prisma's $transaction. Prisma's interactive transaction costs ~0.3 ms of CPU of its own on
 * top of the statements. Only raw statements may run in it: a Prisma model query that opened a transaction of its
 * own would wait for this one's lock forever, so the caller hands `fn` the client typed without its model API.
 * Its statements run directly, or through the client's raw API on the same connection, inside the transaction
 * all the same.
 */
export async function directTransaction<C extends object, T>(
  client: C,
  fn: (tx: C) => Promise<T>,
): Promise<{ value: T } | undefined> {
  const registration = registrations.get(client);
  const connection = registration?.connection;
  if (!registration || !connection?.isOpen()) return undefined;
  const release = await connection.lock.acquire();
  try {
    driven(() => statementOf(connection, "BEGIN").run());
    let value: T;
    try {
      value = await fn(client);
      // As Prisma's query log shows a transaction: its statements and the COMMIT (or ROLLBACK), no BEGIN.
      registration.onQuery?.("COMMIT");
      driven(() => statementOf(connection, "COMMIT").run());
    } catch (error) {
      if (connection.inTransaction()) {
        registration.onQuery?.("ROLLBACK");
        driven(() => statementOf(connection, "ROLLBACK").run());
      }
      throw error;
    }
    return { value };
  } finally {
    release();
  }
}
