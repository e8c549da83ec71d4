import { withServer } from "./postgres-server";

/** Drops every PostgreSQL database of the run: the template and each test's copy. */
export default async function globalTeardown(): Promise<void> {
  const server = process.env.EXPECT_TEST_POSTGRES_URL;
  const run = process.env.EXPECT_TEST_RUN;
  if (!server || !run) return;
  await withServer(server, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [`${run}_`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
  });
}
