/**
 * The layers of DESIGN.md §6, checked on the real import graph (type-only imports included) by
 * dependency-cruiser: `npm run depcheck`, and test/unit/layering.test.ts in the suite.
 * Known violations that predate a rule are listed, each with its reason, in .dependency-cruiser-known.cjs.
 */
const path = require("node:path");

const CORE = "^src/(domain|workflow|notify)/";
const SURFACES = "^src/(slack|teams|scheduler|cli)/";
/** What sits around the core: the surfaces, the HTTP server and the composition root that wires them. */
const OUTSIDE_THE_CORE = [SURFACES, "^src/http/", "^src/(main|server|surfaces)[.]ts$"];
// Unanchored: resolved paths are relative to the folder the check runs in (the test fixture is below the root).
const PLATFORM_SDKS = "node_modules/(@slack/|@microsoft/teams[.])";

module.exports = {
  forbidden: [
    {
      name: "domain-imports-only-domain",
      comment: "The domain is the programme's rules and life cycles: it knows no other folder of ours.",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { path: "^src/", pathNot: "^src/domain/" },
    },
    {
      name: "domain-does-no-io",
      comment: "The domain is pure: no node: module (files, network, processes, crypto, clocks of the host).",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "domain-uses-only-pure-libraries",
      comment: "The domain may use luxon (calendar arithmetic) and zod (shapes); no SDK, database or logger.",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { path: "node_modules/", pathNot: "node_modules/(luxon|zod)/" },
    },
    {
      name: "core-imports-no-surface",
      comment:
        "domain, workflow and notify never import a surface, the HTTP server or the composition root: " +
        "surfaces call the core, the core never calls them (notify reaches the platforms through the " +
        "DeliveryChannel that main.ts wires in).",
      severity: "error",
      from: { path: CORE },
      to: { path: OUTSIDE_THE_CORE },
    },
    {
      name: "core-imports-no-platform-sdk",
      comment: "domain, workflow and notify use no Slack or Teams SDK, not even its types.",
      severity: "error",
      from: { path: CORE },
      to: { path: PLATFORM_SDKS },
    },
    {
      name: "workflow-does-not-deliver",
      comment: "Verbs write outbox rows in their transaction; delivering them is notify's job.",
      severity: "error",
      from: { path: "^src/workflow/" },
      to: { path: "^src/notify/" },
    },
    {
      name: "operator-actor-only-at-the-root",
      comment:
        "The operator actor administers as DAECT without a person: only the command line and the composition " +
        "root (start-up's ADMIN_EMAILS) may build one, never a chat surface, the scheduler or a verb.",
      severity: "error",
      from: { pathNot: ["^src/cli/", "^src/(main|server)[.]ts$", "^src/workflow/operator[.]ts$"] },
      to: { path: "^src/workflow/operator[.]ts$" },
    },
    {
      name: "surfaces-stay-apart",
      comment: "Slack, Teams, the scheduler and the CLI never import each other; what they share is in the core.",
      severity: "error",
      from: { path: SURFACES },
      to: { path: SURFACES, pathNot: "^src/$1/" },
    },
    {
      name: "chat-surfaces-use-no-prisma-models",
      comment:
        "Slack and Teams read and write programme data through workflow verbs and read models only; their own " +
        "tables (address book, posted messages) only through their store (src/slack/store, src/teams/store).",
      severity: "error",
      from: { path: "^src/(slack|teams)/", pathNot: "^src/(slack|teams)/store/" },
      to: { path: "^src/generated/" },
    },
    {
      name: "core-has-no-platform-corner",
      comment:
        "The core holds no platform identifier or reference format (DESIGN.md §6), so it has no Slack or Teams " +
        "folder: Slack ids and Teams conversation references belong to their surface's own store, and verbs " +
        "or read models to the core folder of what they are about.",
      severity: "error",
      // dependency-cruiser has no "no module here" rule: a dependents count that every module here meets (100 is
      // the largest it accepts) makes one, reported on each module itself, so the known violations name each file.
      from: {},
      module: { path: "^src/(domain|workflow|notify)/(slack|teams)/", numberOfDependentsLessThan: 100 },
    },
    {
      name: "no-circular",
      comment: "Modules of src/ do not depend on each other in a circle.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "resolvable-imports",
      comment: "Every import resolves, or the rules above could not see where it leads.",
      severity: "error",
      from: { path: "^src/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: path.join(__dirname, "tsconfig.json") },
    doNotFollow: { path: ["node_modules", "^src/generated/"] },
    knownViolations: require("./.dependency-cruiser-known.cjs"),
  },
};
