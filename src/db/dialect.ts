/**
 * What the raw SQL of the hot paths writes differently on SQLite and PostgreSQL, in one place: the statements stay
 * in their modules and ask this for the few pieces that differ. Rows go in and come out as JSON documents (one
 * statement for many rows); instants are bound as the text form the SQLite adapter writes (ISO 8601 in UTC with
 * `+00:00`), which PostgreSQL reads into its `timestamp(3)` columns as the same UTC instant.
 */
export type DialectName = "sqlite" | "postgres";

export interface Dialect {
  readonly name: DialectName;
  /** The statement with its `?` placeholders as the driver wants them: `$1`, `$2`… on PostgreSQL. */
  numbered(sql: string): string;
  /** The function that builds a JSON object from key, value pairs. */
  readonly jsonObject: string;
  /** A JSON array of `expr` over the group's rows, `[]` over none. */
  jsonArray(expr: string): string;
  /** A JSON object of `key` to `value` over the group's rows, `{}` over none. */
  jsonMap(key: string, value: string): string;
  /** A JSON document stored in a text column, as a JSON value (for `->>`). */
  json(text: string): string;
  /** A JSON value handed to the caller as its text, which the caller parses. */
  text(json: string): string;
  /** A subquery's JSON value inside a document (SQLite would nest its text as a string). */
  nested(subquery: string): string;
  /** The text values of the JSON array bound at `param`, as a subquery of `value`. */
  valuesOf(param: string): string;
  /** The elements of the JSON array bound at `param`, as a FROM item of JSON values named `value`. */
  elementsOf(param: string): string;
  /** A text instant (from a JSON document) as a value of an instant column. */
  instant(expr: string): string;
  /** An instant column inside a JSON document, as ISO 8601 text in UTC that `new Date` reads. */
  instantInJson(column: string): string;
  /** A new random row id (32 hex characters). */
  readonly randomId: string;
}

const sqlite: Dialect = {
  name: "sqlite",
  numbered: (sql) => sql,
  jsonObject: "json_object",
  jsonArray: (expr) => `json_group_array(${expr})`,
  jsonMap: (key, value) => `json_group_object(${key}, ${value})`,
  json: (text) => text,
  text: (json) => json,
  nested: (subquery) => `json((${subquery}))`,
  valuesOf: (param) => `SELECT value FROM json_each(${param})`,
  elementsOf: (param) => `json_each(${param})`,
  instant: (expr) => expr,
  instantInJson: (column) => column,
  randomId: "lower(hex(randomblob(16)))",
};

const postgres: Dialect = {
  name: "postgres",
  numbered(sql) {
    let n = 0;
    // Our statements hold no `?` inside a literal or an identifier; PostgreSQL's JSON `?` operators are not used.
    return sql.replace(/\?/gu, () => `$${++n}`);
  },
  jsonObject: "json_build_object",
  jsonArray: (expr) => `COALESCE(json_agg(${expr}), '[]'::json)`,
  jsonMap: (key, value) => `COALESCE(json_object_agg(${key}, ${value}), '{}'::json)`,
  json: (text) => `CAST(${text} AS json)`,
  text: (json) => `(${json})::text`,
  nested: (subquery) => `(${subquery})`,
  valuesOf: (param) => `SELECT value FROM json_array_elements_text(CAST(${param} AS json)) AS e(value)`,
  elementsOf: (param) => `json_array_elements(CAST(${param} AS json)) AS e(value)`,
  instant: (expr) => `CAST(${expr} AS timestamp(3))`,
  instantInJson: (column) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  randomId: "md5(random()::text || clock_timestamp()::text)",
};

/** The dialect of a Prisma client or of one of its transactions (which reads through to the client). */
export function dialectOf(client: object): Dialect {
  return (client as { _activeProvider?: string })._activeProvider === "postgresql" ? postgres : sqlite;
}

export function dialectNameOf(client: object): DialectName {
  return dialectOf(client).name;
}

/**
 * Statement texts built once per dialect, so a hot path pays no string building and SQLite's statement cache sees
 * the same text on every call.
 */
export function perDialect<T>(build: (d: Dialect) => T): (client: object) => T {
  const built = new Map<DialectName, T>();
  return (client) => {
    const d = dialectOf(client);
    let value = built.get(d.name);
    if (value === undefined) {
      value = build(d);
      built.set(d.name, value);
    }
    return value;
  };
}
