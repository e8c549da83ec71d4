/**
 * Prisma's better-sqlite3 adapter prepares every statement anew, and compiling SQL costs more than running it on
 * our hot paths: ~0.2 ms for a list's statement, ~1 ms for a large one, against ~0.02 ms for the driver's run.
 * The same few dozen texts come back on every request, so the connection keeps each text's compiled statement.
 * better-sqlite3 binds a statement's parameters only once, so the adapter is given a view that passes them to
 * each call instead; the calls are those the adapter 6.19 makes (`prepare(sql).bind(args)`, then `reader`,
 * `run`, `columns`, `raw().all()`, or `prepare("BEGIN").run()`).
 */

interface Statement {
  readonly reader: boolean;
  run(...args: unknown[]): unknown;
  all(...args: unknown[]): unknown[];
  columns(): unknown[];
  raw(toggle?: boolean): Statement;
}

interface Connection {
  prepare(sql: string): Statement;
}

/** Enough for every statement text of the hot paths; `in` lists of other lengths make new texts. */
const CAPACITY = 300;

interface PreparedView {
  readonly reader: boolean;
  run(): unknown;
  columns(): unknown[];
  bind(args: unknown[]): PreparedView;
  raw(): { all(): unknown[] };
}

function viewOf(statement: Statement, args: unknown[]): PreparedView {
  return {
    reader: statement.reader,
    run: () => statement.run(args),
    columns: () => statement.columns(),
    bind: (bound) => viewOf(statement, bound),
    // The adapter reads every result as rows of values: raw mode stays on for the statement's later uses.
    raw: () => {
      statement.raw(true);
      return { all: () => statement.all(args) };
    },
  };
}

/** Makes `connection.prepare` return the text's statement compiled before, kept for the `CAPACITY` last texts. */
export function reusePreparedStatements(connection: unknown): void {
  const client = connection as Partial<Connection> | null;
  if (typeof client?.prepare !== "function") {
    throw new Error("the SQLite driver adapter no longer exposes its better-sqlite3 connection as `client`");
  }
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, Statement>();
  client.prepare = ((sql: string) => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql);
    } else {
      statement = prepare(sql);
      if (cache.size >= CAPACITY) cache.delete(cache.keys().next().value as string);
    }
    cache.set(sql, statement);
    return viewOf(statement, []) as unknown as Statement;
  }) as Connection["prepare"];
}
