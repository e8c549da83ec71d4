#!/usr/bin/env node
// `npm start`: compiles src/ when dist/ is stale, applies the pending migrations, then runs the bot in this same
// process. One node process instead of three started one after the other saves a fifth of the cold start (each
// start of node and of its modules costs 60 to 100 ms of CPU), and better-sqlite3, which the migration check opens,
// is loaded once for both. dist/bot.js is the bundle scripts/build.js makes of dist/main.js (see there why).
const { buildIfStale } = require("./build.js");
const { migrate } = require("./migrate.js");

buildIfStale();
migrate().then(() => require("../dist/bot.js"));
