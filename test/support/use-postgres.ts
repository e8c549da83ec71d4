// The PostgreSQL project of jest.config.js: freshDb() copies the PostgreSQL template database instead of SQLite's.
process.env.EXPECT_TEST_DATABASE = "postgres";
