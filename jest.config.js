const { postgresForTests } = require("./test/support/postgres-server");

const base = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.(t|j)s$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } },
    ],
  },
};

/**
 * Every test on SQLite; the workflow and HTTP tests once more on PostgreSQL, when a
 * server answers at TEST_POSTGRES_URL (see test/support/postgres-server.js: skipped with a plain message, or a
 * failed run under CI=true). Each run migrates one template database per provider and each test copies it.
 * @type {() => Promise<import('jest').Config>}
 */
module.exports = async () => {
  const postgres = await postgresForTests();
  const projects = [{ ...base, displayName: "sqlite", testMatch: ["**/*.test.ts"] }];
  if (postgres) {
    projects.push({
      ...base,
      displayName: "postgres",
      // The workflow and every surface test over HTTP: all of them read and write the database through the verbs.
      testMatch: ["<rootDir>/test/workflow/**/*.test.ts", "<rootDir>/test/http/**/*.test.ts"],
      // Reads SQLite's EXPLAIN QUERY PLAN: PostgreSQL's plans depend on its statistics, measured by the bench.
      testPathIgnorePatterns: ["/node_modules/", "/test/workflow/sweep-query-plans\\.test\\.ts$"],
      setupFiles: ["<rootDir>/test/support/use-postgres.ts"],
    });
  }
  return {
    projects,
    // A global option: in a project's entry it would be ignored, and hooks would get jest's 5 s.
    testTimeout: 30000,
    globalSetup: "<rootDir>/test/support/global-setup.ts",
    globalTeardown: "<rootDir>/test/support/global-teardown.ts",
    // Workflow tests each copy a migrated template database, so files can run in parallel.
    maxWorkers: 2,
  };
};
