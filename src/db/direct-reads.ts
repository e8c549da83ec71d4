/**
 * The reads every request makes (the caller and their roles, a list, a card's mission), run by the driver itself on
 * SQLite. Through Prisma a raw statement still goes through its query compiler and interpreter: ~0.6 ms of CPU each
 * here, against ~0.02 ms for better-sqlite3 running the same compiled statement, and a request makes two to five.
 * They run on the connection Prisma's adapter uses, as the adapter runs its own statements outside a transaction, so
 * they see what a Prisma read there would. A transaction client, a PostgreSQL client or a client not made by
 * createDb takes Prisma's path: only the base SQLite client is registered here.
 */

interface DirectStatement {
  all(...params: unknown[]): unknown[];
}

export interface DirectConnection {
  prepare(sql: string): DirectStatement;
  /** False once Prisma has closed it ($disconnect): reads then go through Prisma, which opens a new one. */
  isOpen(): boolean;
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

/** What better-sqlite3 binds as Prisma would: text, numbers and null (anything else goes through Prisma). */
const bindable = (value: unknown) =>
  value === null || typeof value === "string" || typeof value === "number" || typeof value === "bigint";

interface RawQueryable {
  $queryRawUnsafe<T = unknown>(sql: string, ...params: unknown[]): Promise<T>;
}

/**
 * Rows of a read, by column name, from `sql` in the client's dialect (see dialect.ts) with positional parameters.
 * Integers come back as numbers and DateTime columns as their stored text on SQLite: the readers already take
 * `number | bigint` and `string | Date`, as Prisma gives either by dialect.
 */
export async function readRows<T>(db: RawQueryable, sql: string, ...params: unknown[]): Promise<T[]> {
  const registration = registrations.get(db);
  const connection = registration?.connection;
  if (!registration || !connection?.isOpen() || !params.every(bindable)) {
    return db.$queryRawUnsafe<T[]>(sql, ...params);
  }
  registration.onQuery?.(sql);
  return statementOf(connection, sql).all(...params) as T[];
}
