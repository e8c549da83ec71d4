/**
 * `npm run bench`: times one reminder sweep on a table of 10 000 and of 100 000 missions, each with the
 * same 5 000 missions due for a prompt, to check that the cost follows the due set, not the table (issue
 * 10: the largest table within ×1.1 of the smallest, every sweep under 1 s). Wall and CPU time
 * (process.cpuUsage: Prisma and SQLite run in this process). Seeds with raw inserts in one transaction on
 * a copy of a freshly migrated SQLite file.
 *
 * On PostgreSQL (`--database postgres://…`, or a postgres:// DATABASE_URL: the server on which to create the
 * `expect_bench_*` databases, dropped at the end) the same rows are seeded and swept on copies of a seeded
 * database (scripts/bench-sweep-postgres.ts); the CPU column is then this process's only, the server's apart.
 *
 * Options: `--missions 10000,100000` (table sizes), `--due 5000` (due missions, a multiple of 10),
 * `--rounds 7` (median of that many fresh copies), `--database URL`.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createDb } from "../src/db/client";
import { advanceMissions, planSweep, queuedCount, sweepReminders } from "../src/workflow";
import type { WorkflowContext } from "../src/workflow/context";
import { AT, BODIES, iso, PEOPLE, planMissions } from "./bench-sweep-plan";
import { PostgresBench } from "./bench-sweep-postgres";

interface Statement {
  run(...params: unknown[]): unknown;
}
interface SqliteDb {
  prepare(sql: string): Statement;
  transaction(fn: () => void): () => void;
  close(): void;
}
const Database = require("better-sqlite3") as new (file: string) => SqliteDb;

const { values: args } = parseArgs({
  options: {
    missions: { type: "string", default: "10000,100000" },
    due: { type: "string", default: "5000" },
    rounds: { type: "string", default: "7" },
    database: { type: "string", default: process.env.DATABASE_URL },
  },
});
const POSTGRES_URL = /^postgres(ql)?:\/\//u.test(args.database ?? "") ? args.database : undefined;
const SIZES = (args.missions ?? "").split(",").map(Number);
const DUE_MISSIONS = Number(args.due);
const ROUNDS = Number(args.rounds);
if (SIZES.some((n) => !Number.isInteger(n) || n < DUE_MISSIONS) || DUE_MISSIONS % 10 !== 0 || !(ROUNDS >= 1)) {
  throw new Error("usage: bench-sweep [--missions N,N…] [--due N, a multiple of 10, at most each N] [--rounds N]");
}

function migratedTemplate(dir: string): string {
  const file = path.join(dir, "template.db");
  execFileSync(process.execPath, [path.join(__dirname, "migrate.js")], {
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: `file:${file}` },
  });
  return file;
}

function seed(file: string, missions: number): void {
  const db = new Database(file);
  const now = iso(AT);
  const person = db.prepare(`INSERT INTO Person (id, email, name, locale, createdAt) VALUES (?, ?, ?, 'fr', ?)`);
  const slackAccount = db.prepare(`INSERT INTO SlackAccount (slackUserId, personId, linkedAt) VALUES (?, ?, ?)`);
  const org = db.prepare(`INSERT INTO Organisation (id, name, kind, createdAt) VALUES (?, ?, 'collectivite', ?)`);
  const label = db.prepare(
    `INSERT INTO Label (id, number, organisationId, status, competences, themes, validFrom, validUntil, createdAt)
     VALUES (?, ?, ?, 'active', 'x', '[]', ?, ?, ?)`,
  );
  const role = db.prepare(
    `INSERT INTO RoleAssignment (id, personId, role, scope, organisationId, createdAt) VALUES (?, ?, 'focal_point', ?, ?, ?)`,
  );
  const mission = db.prepare(
    `INSERT INTO Mission (id, reference, labelId, organisationId, countryCode, foreignPartner, nature, expectedResult,
       transportCostCents, status, startDate, endDate, returnedOn, reportDeadline, createdById, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, 'SN', 'Partenaire', 'expertise_request', 'Résultat', 185000, ?, ?, ?, ?, ?, 'daect', ?, ?)`,
  );
  const link = db.prepare(`INSERT INTO MissionMissionary (missionId, personId) VALUES (?, ?)`);
  const report = db.prepare(
    `INSERT INTO Report (id, missionId, status, objectAccount, complementaryAction, longTermCooperation, submittedById, submittedAt)
     VALUES (?, ?, 'submitted', 'Compte rendu', 0, 0, ?, ?)`,
  );
  db.transaction(() => {
    person.run("daect", "daect@diplomatie.gouv.fr", "DAECT", now);
    for (let p = 0; p < PEOPLE; p++) {
      person.run(`p${p}`, `p${p}@example.fr`, `Personne ${p}`, now);
      slackAccount.run(`U${p}`, `p${p}`, now);
    }
    for (let b = 0; b < BODIES; b++) {
      org.run(`o${b}`, `Collectivité ${b}`, now);
      label.run(`l${b}`, `EXPE-CT-2025-${b}`, `o${b}`, iso(new Date("2025-01-01")), iso(new Date("2028-01-01")), now);
      role.run(`r${b}`, `p${b}`, `o${b}`, `o${b}`, now);
    }
    planMissions(missions, DUE_MISSIONS).forEach((m, i) => {
      const body = i % BODIES;
      mission.run(
        `m${i}`,
        `M-${i}`,
        `l${body}`,
        `o${body}`,
        m.status,
        m.start,
        m.end,
        m.returnedOn,
        m.deadline,
        now,
        now,
      );
      link.run(`m${i}`, `p${(2 * i) % PEOPLE}`);
      link.run(`m${i}`, `p${(2 * i + 1) % PEOPLE}`);
      if (m.reportSubmittedAt) report.run(`rep${i + 1}`, `m${i}`, `p0`, m.reportSubmittedAt);
    });
  })();
  db.close();
}

interface Cost {
  wall: number;
  cpu: number;
}

async function time<T>(work: () => Promise<T>): Promise<[T, Cost]> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return [result, { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 }];
}

/** One round on a fresh copy of the seeded database: the dry run, the sweep, and the same sweep again. */
async function round(url: string) {
  const db = createDb(url);
  const ctx: WorkflowContext = { db, clock: { now: () => AT }, settings: { labelValidityYears: 3 } };
  await db.mission.count();
  const [, advance] = await time(() => advanceMissions(ctx));
  const [plan, dry] = await time(() => planSweep(ctx, AT));
  const [first, sweep] = await time(() => sweepReminders(ctx));
  const [again, repeat] = await time(() => sweepReminders(ctx));
  await db.$disconnect();
  const queued = queuedCount(first);
  if (plan.length !== queued || again.alreadySent !== queued) {
    throw new Error(
      `inconsistent run: planned ${plan.length}, queued ${queued}, then ${again.alreadySent} already sent`,
    );
  }
  return { queued, advance, dry, sweep, repeat };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const medianCost = (costs: Cost[]): Cost => ({
  wall: median(costs.map((c) => c.wall)),
  cpu: median(costs.map((c) => c.cpu)),
});
const STEPS = ["advance", "dry", "sweep", "repeat"] as const;
const HEADERS: Record<(typeof STEPS)[number], string> = {
  advance: "advance missions",
  dry: "dry run",
  sweep: "sweep (first)",
  repeat: "sweep (again, all sent)",
};

type Round = Awaited<ReturnType<typeof round>>;

/** Where the seeded tables live and how a round gets its fresh copy: SQLite files or PostgreSQL databases. */
interface Store {
  seed(missions: number): Promise<string>;
  fresh(seeded: string, label: string): Promise<string>;
  done(url: string): Promise<void>;
  close(): Promise<void>;
}

function sqliteStore(): Store {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "expect-bench-"));
  const template = migratedTemplate(dir);
  return {
    async seed(missions) {
      const seeded = path.join(dir, `seeded-${missions}.db`);
      fs.copyFileSync(template, seeded);
      seed(seeded, missions);
      return seeded;
    },
    async fresh(seeded, label) {
      const file = path.join(dir, `run-${label}.db`);
      fs.copyFileSync(seeded, file);
      return `file:${file}`;
    },
    async done() {},
    async close() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresStore(serverUrl: string): Store {
  const bench = new PostgresBench(serverUrl);
  return {
    seed: (missions) =>
      bench.seed(String(missions), {
        people: PEOPLE,
        bodies: BODIES,
        now: iso(AT),
        missions: planMissions(missions, DUE_MISSIONS),
      }),
    fresh: (seeded, label) => bench.fresh(seeded, label),
    done: (url) => bench.dropUrl(url),
    close: () => bench.dropAll(),
  };
}

/**
 * Seeds each size, then runs the rounds interleaved (one of each size per round) after one unmeasured
 * warm-up round, so the JIT and the page cache favour no size.
 */
async function measure(store: Store) {
  const sizes = [];
  for (const missions of SIZES) {
    const [seeded, seedCost] = await time(() => store.seed(missions));
    sizes.push({ missions, seeded, seedMs: seedCost.wall, rounds: [] as Round[] });
  }
  for (let r = 0; r <= ROUNDS; r++) {
    for (const size of sizes) {
      const url = await store.fresh(size.seeded, `${size.missions}-${r}`);
      const result = await round(url);
      await store.done(url);
      if (r > 0) size.rounds.push(result);
    }
  }
  return sizes.map(({ missions, seedMs, rounds }) => ({
    missions,
    seedMs,
    queued: rounds[0]?.queued ?? 0,
    costs: Object.fromEntries(STEPS.map((step) => [step, medianCost(rounds.map((r) => r[step]))])) as Record<
      (typeof STEPS)[number],
      Cost
    >,
  }));
}

const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
const cell = (c: Cost) => `${ms(c.wall)} / ${ms(c.cpu)}`;

async function main(): Promise<void> {
  const store = POSTGRES_URL ? postgresStore(POSTGRES_URL) : sqliteStore();
  try {
    const rows = await measure(store);
    const load = os.loadavg().map((l) => l.toFixed(2));
    const out = (line: string) => process.stdout.write(`${line}\n`);
    out(
      `${POSTGRES_URL ? "PostgreSQL" : "SQLite"}; ${DUE_MISSIONS} due missions; median of ${ROUNDS} interleaved rounds after a warm-up, each on a fresh copy; wall / CPU; load ${load}`,
    );
    out(["missions", "due prompts", ...STEPS.map((s) => HEADERS[s]), "seed"].join(" | "));
    for (const r of rows) {
      out([r.missions, r.queued, ...STEPS.map((s) => cell(r.costs[s])), ms(r.seedMs)].join(" | "));
    }
    const [small, large] = [rows[0], rows[rows.length - 1]];
    if (small && large && small !== large) {
      const ratio = (step: (typeof STEPS)[number], side: keyof Cost) =>
        `×${(large.costs[step][side] / small.costs[step][side]).toFixed(2)}`;
      out(
        `ratio ${large.missions} / ${small.missions}: ${STEPS.map((s) => `${HEADERS[s]} ${ratio(s, "wall")} wall, ${ratio(s, "cpu")} CPU`).join("; ")}`,
      );
    }
  } finally {
    await store.close();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
