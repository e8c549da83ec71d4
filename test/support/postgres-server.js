// The PostgreSQL server the tests run on, found once per run by jest.config.js. Plain JS: jest reads its config
// before any transform.
const { Client } = require("pg");

const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/postgres";

/** The URL of database `name` on the server of `serverUrl`, with the same user and options. */
function databaseUrl(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `fn` with a connection to the server's maintenance database, closed afterwards. */
async function withServer(serverUrl, fn) {
  const client = new Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  client.on("error", () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * The server's URL when one answers, else null with a line saying the PostgreSQL suite was skipped and how to run
 * it; under CI=true a missing server fails the run instead, so CI cannot pass without the PostgreSQL suite.
 */
async function postgresForTests() {
  if (process.env.EXPECT_TEST_POSTGRES_URL !== undefined) return process.env.EXPECT_TEST_POSTGRES_URL || null;
  const url = process.env.TEST_POSTGRES_URL || DEFAULT_URL;
  const where = (() => {
    try {
      const parsed = new URL(url);
      return `${parsed.hostname}:${parsed.port || 5432}`;
    } catch {
      return "an unreadable TEST_POSTGRES_URL";
    }
  })();
  try {
    await withServer(url, (client) => client.query("SELECT 1"));
  } catch (error) {
    const reason = error.code ?? error.message;
    if (process.env.CI === "true") {
      throw new Error(
        `No PostgreSQL server at ${where} (${reason}): CI runs the PostgreSQL suite; set TEST_POSTGRES_URL`,
      );
    }
    process.stderr.write(
      `PostgreSQL suite skipped: no server at ${where} (${reason}). ` +
        "Run it with TEST_POSTGRES_URL=postgres://user@host:5432/postgres npm test\n",
    );
    process.env.EXPECT_TEST_POSTGRES_URL = "";
    return null;
  }
  process.env.EXPECT_TEST_POSTGRES_URL = url;
  // Every database of the run carries this prefix, so the teardown drops them all and parallel runs never meet.
  process.env.EXPECT_TEST_RUN = `expect_test_${Date.now().toString(36)}_${process.pid}`;
  return url;
}

module.exports = { databaseUrl, postgresForTests, withServer };
