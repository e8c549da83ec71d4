/**
 * `npm run bench:surfaces [--quick] [--rounds N] [--batch N] [--cold N] [--soak N] [--missions N] [--only a,b]
 * [--cpu-prof DIR]`: ours beside a bare Bolt app
 * and a bare Teams SDK app (the SDK versions of our node_modules, each started as `node <file>.js`), on loopback
 * against the test fakes of Slack's Web API and of the Bot Connector. It seeds a SQLite file through the workflow
 * verbs, measures cold start and idle RSS, then runs A/B batches (alternating which server goes first, sequential
 * and 20 concurrent) and prints p50/p99 of the HTTP answer, CPU per request of the serving process, the load
 * average beside each batch, RSS after 2 000 and 10 000 requests, and whether each goal of issue 10 holds.
 * `--only` keeps the scenarios whose name starts with one of the given words (`--only missions,refresh`);
 * `--cpu-prof DIR` has ours write a V8 CPU profile of the whole run into DIR (node --cpu-prof), to see where it goes.
 * A measuring instrument, not a test: it fails only when a server does not answer as expected.
 */
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { FakeSlackWebApi } from "../test/fakes/slack-web-api";
import { startFakeTeamsConnector } from "../test/fakes/teams-connector";
import { AWA, MARIE } from "../test/http/teams-harness";
import { BOT_TOKEN, CHANNELS, SIGNING_SECRET, USERS } from "../test/support/slack-bot";
import { personalInstallActivity, postActivity } from "../test/support/teams-activity";
import {
  cpuMs,
  freePort,
  processTree,
  rssMb,
  type Server,
  servingProcess,
  settle,
  sleep,
  startServer,
} from "./bench/processes";
import { median, ms, percentile, ratio, table, times, verdict } from "./bench/report";
import {
  largeListScenarios,
  type Scenario,
  slackScenarios,
  soakMix,
  type Target,
  teamsScenarios,
  type World,
} from "./bench/scenarios";
import { seed } from "./bench/seed";

const ROOT = path.resolve(__dirname, "..");
const SMALL_LIST = 50;
const WARM_UP = 10;
const CONCURRENCY = 20;
const MILESTONES = [2000, 10_000];

interface Options {
  /** Missions in DAECT's large list (issue 10: 1 000). */
  missions: number;
  rounds: number;
  batch: number;
  cold: number;
  soak: number;
  only?: string[];
  cpuProf?: string;
}

function parseOptions(argv: string[]): Options {
  const options: Options = argv.includes("--quick")
    ? { missions: 1000, rounds: 2, batch: 20, cold: 1, soak: 2000 }
    : { missions: 1000, rounds: 3, batch: 50, cold: 3, soak: 10_000 };
  for (const key of ["missions", "rounds", "batch", "cold", "soak"] as const) {
    const at = argv.indexOf(`--${key}`);
    if (at >= 0) options[key] = Number(argv[at + 1]);
    if (!Number.isInteger(options[key]) || options[key] < 0) throw new Error(`--${key} takes a whole number`);
  }
  const text = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  options.only = text("--only")?.split(",");
  const cpuProf = text("--cpu-prof");
  if (cpuProf) options.cpuProf = path.resolve(cpuProf);
  return options;
}

interface Batch {
  latencies: number[];
  cpuPerRequest: number;
}

interface Row {
  scenario: Scenario;
  mode: "seq" | "c20";
  ours: Batch[];
  bare: Batch[];
}

/** Counts what ours served and takes its RSS when the count crosses 2 000 and 10 000. */
class Served {
  count = 0;
  readonly rss = new Map<number, number>();
  constructor(private readonly pid: number) {}
  add(): void {
    this.count++;
    if (MILESTONES.includes(this.count)) this.rss.set(this.count, rssMb(this.pid));
  }
}

async function callsOf(world: World, method: string, count: number): Promise<void> {
  const deadline = performance.now() + 30_000;
  while (world.fake.calls(method).length < count) {
    if (performance.now() > deadline) {
      const seen = [...new Set(world.fake.calls().map((c) => c.method))].join(", ") || "none";
      throw new Error(`expected ${count} ${method} calls, got ${world.fake.calls(method).length} (seen: ${seen})`);
    }
    await sleep(2);
  }
}

/**
 * `n` requests of `scenario` to `target`, `concurrency` at a time. One at a time means one after the other's work
 * is done (its last Web API call made), so a batch never measures the previous request's leftovers.
 */
async function runBatch(
  world: World,
  served: Served,
  target: Target,
  scenario: Scenario,
  n: number,
  concurrency: number,
) {
  world.fake.reset();
  const method = scenario.endsWith?.[target.kind];
  const cpuBefore = cpuMs(target.pid);
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < n) {
      next++;
      const reply = await scenario.send(target);
      if (reply.status !== 200) {
        throw new Error(`${scenario.id} on ${target.label}: HTTP ${reply.status} ${JSON.stringify(reply.body)}`);
      }
      if (target.kind === "ours") served.add();
      latencies.push(reply.ms);
      if (concurrency === 1 && method) await callsOf(world, method, latencies.length);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (method) await callsOf(world, method, n);
  await settle(target.pid);
  return { latencies, cpuPerRequest: (cpuMs(target.pid) - cpuBefore) / n };
}

/**
 * After a pause (the seconds the large list takes to open), the keep-alive connections of the 20-concurrent batches
 * may have been closed by the server while the client's pool still holds them: the first request on each then fails
 * with "other side closed". Requests on every pooled connection, their failures ignored, leave only live ones.
 */
async function freshenConnections(target: Target): Promise<void> {
  for (let round = 0; round < 2; round++) {
    await Promise.all(
      Array.from({ length: CONCURRENCY + 1 }, () =>
        fetch(`${target.baseUrl}/healthz`).then(
          (r) => r.text(),
          () => "",
        ),
      ),
    );
  }
}

/** Warms a server up on a scenario, checking once that ours answers what the scenario means to measure. */
async function warmUp(world: World, served: Served, target: Target, scenario: Scenario): Promise<void> {
  if (target.kind === "ours" && scenario.expect) {
    const reply = await scenario.send(target);
    served.add();
    if (!scenario.expect(reply.body)) {
      throw new Error(`${scenario.id}: ours answered ${JSON.stringify(reply.body).slice(0, 400)}`);
    }
  }
  await runBatch(world, served, target, scenario, WARM_UP, 1);
  // And at 20 at once: what only concurrency runs (queued work, timers) is compiled before the first measured round.
  await runBatch(world, served, target, scenario, CONCURRENCY, CONCURRENCY);
}

async function measure(
  world: World,
  served: Served,
  targets: { ours: Target; bare: Record<Scenario["platform"], Target> },
  scenarios: Scenario[],
  options: Options,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const target of [targets.ours, ...Object.values(targets.bare)]) await freshenConnections(target);
  const chosen = scenarios.filter((s) => !options.only || options.only.some((word) => s.id.startsWith(word)));
  for (const scenario of chosen) {
    const pair = [targets.ours, targets.bare[scenario.platform]];
    for (const target of pair) await warmUp(world, served, target, scenario);
    for (const mode of ["seq", "c20"] as const) {
      const row: Row = { scenario, mode, ours: [], bare: [] };
      for (let round = 0; round < options.rounds; round++) {
        // A then B, then B then A: a drift of the machine's load falls on both.
        for (const target of round % 2 === 0 ? pair : [...pair].reverse()) {
          const load = os.loadavg()[0] ?? 0;
          const batch = await runBatch(
            world,
            served,
            target,
            scenario,
            options.batch,
            mode === "c20" ? CONCURRENCY : 1,
          );
          row[target.kind].push(batch);
          console.log(
            `  ${scenario.id.padEnd(28)} ${mode} r${round + 1} ${target.label.padEnd(14)} p50 ${ms(percentile(batch.latencies, 50)).padStart(5)} ` +
              `p99 ${ms(percentile(batch.latencies, 99)).padStart(5)} ms  cpu ${ms(batch.cpuPerRequest).padStart(5)} ms/req  load ${load.toFixed(2)}`,
          );
        }
      }
      rows.push(row);
    }
  }
  return rows;
}

/** How a server is started: a command in the project's folder, with its whole environment. */
interface Launch {
  label: string;
  command: string;
  args: string[];
  env: Record<string, string>;
}

interface ColdStart {
  label: string;
  startMs: number[];
  cpuMs: number[];
  load: number[];
  rss: number[];
  treeRss: number[];
}

async function coldStarts(runs: number, variants: Launch[]) {
  const results: ColdStart[] = variants.map((v) => ({
    label: v.label,
    startMs: [],
    cpuMs: [],
    load: [],
    rss: [],
    treeRss: [],
  }));
  for (let run = 0; run < runs; run++) {
    for (const [i, variant] of variants.entries()) {
      const load = os.loadavg()[0] ?? 0;
      const server = await startServer(variant.label, variant.command, variant.args, {
        cwd: ROOT,
        env: variant.env,
        port: await freePort(),
      });
      // Idle: two seconds after the first 200, nothing asked since.
      await sleep(2000);
      const result = results[i] as ColdStart;
      result.startMs.push(server.coldStartMs);
      result.cpuMs.push(server.coldStartCpuMs);
      result.load.push(load);
      result.rss.push(rssMb(servingProcess(server.pid)));
      result.treeRss.push(processTree(server.pid).reduce((sum, pid) => sum + rssMb(pid), 0));
      await server.stop();
    }
  }
  return results;
}

function summaryRows(rows: Row[]): { lines: string[][]; fails: string[] } {
  const lines = [
    ["request", "mode", "ours p50", "p99", "max", "bare p50", "p99", "p99 ratio", "cpu/req ours", "bare", "cpu ratio"],
  ];
  const fails: string[] = [];
  const check = (holds: boolean, limit: string, what: string) => {
    if (!holds) fails.push(`${what} (${limit})`);
    return verdict(holds, limit);
  };
  for (const { scenario, mode, ours, bare } of rows) {
    const o = ours.flatMap((b) => b.latencies);
    const b = bare.flatMap((x) => x.latencies);
    const cpu = (batches: Batch[]) => batches.reduce((sum, x) => sum + x.cpuPerRequest, 0) / batches.length;
    const p99 = ratio(percentile(o, 99), percentile(b, 99));
    const cpuRatio = ratio(cpu(ours), cpu(bare));
    const name = `${scenario.id} ${mode}`;
    const p99Cell = scenario.p99Goal
      ? `${times(p99)} ${check(p99 <= scenario.p99Goal, `≤ ×${scenario.p99Goal}`, `${name} p99`)}`
      : times(p99);
    const cpuCell = scenario.cpuGoal
      ? `${times(cpuRatio)} ${check(cpuRatio <= scenario.cpuGoal, `≤ ×${scenario.cpuGoal}`, `${name} cpu`)}`
      : times(cpuRatio);
    const max = Math.max(...o);
    const maxCell =
      scenario.platform === "slack" && mode === "c20"
        ? `${ms(max)} ${check(max < 1000, "< 1 s", `${name} max`)}`
        : ms(max);
    lines.push([
      scenario.id,
      mode,
      ms(percentile(o, 50)),
      ms(percentile(o, 99)),
      maxCell,
      ms(percentile(b, 50)),
      ms(percentile(b, 99)),
      p99Cell,
      ms(cpu(ours)),
      ms(cpu(bare)),
      cpuCell,
    ]);
  }
  return { lines, fails };
}

async function main(options: Options): Promise<void> {
  const started = performance.now();
  console.log(
    `bench:surfaces on node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(2)}; ` +
      `${options.rounds} rounds × ${options.batch} requests per server, sequential and ${CONCURRENCY} concurrent`,
  );
  execFileSync(process.execPath, [path.join(ROOT, "scripts/build.js"), "--if-stale"], { stdio: "inherit" });
  const seeded = await seed(SMALL_LIST);
  const fake = await FakeSlackWebApi.start({ botToken: BOT_TOKEN });
  for (const user of Object.values(USERS)) fake.addUser(user);
  const connector = await startFakeTeamsConnector();
  connector.addMember({ id: AWA.id, name: AWA.name, aadObjectId: AWA.aadObjectId, email: "consul@sn.ambafrance.org" });
  connector.addMember({
    id: MARIE.id,
    name: MARIE.name,
    aadObjectId: MARIE.aadObjectId,
    email: "marie.durand@lyon.fr",
  });
  const world: World = { fake, connector, seeded };

  const base = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? os.tmpdir() };
  const slack = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.url };
  const oursEnv = {
    ...base,
    ...slack,
    HOST: "127.0.0.1",
    DATABASE_URL: seeded.kit.url,
    LOG_LEVEL: "warn",
    SLACK_DAECT_CHANNEL: CHANNELS.daect,
    SLACK_COMMITTEE_CHANNEL: CHANNELS.committee,
    DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: "true",
    // Requests only: the cron jobs' work would land in whichever batch runs at the minute.
    SCHEDULER_ENABLED: "false",
  };
  const node = process.execPath;
  const bolt: Launch = {
    label: "bare Bolt",
    command: node,
    args: ["scripts/bench/bare-bolt.js"],
    env: { ...base, ...slack },
  };
  const teams: Launch = { label: "bare Teams SDK", command: node, args: ["scripts/bench/bare-teams.js"], env: base };
  const ours: Launch = { label: "ours", command: node, args: ["dist/bot.js"], env: oursEnv };
  const profiled: Launch = options.cpuProf
    ? { ...ours, args: ["--cpu-prof", "--cpu-prof-dir", options.cpuProf, ...ours.args] }
    : ours;

  console.log(
    `\ncold start: spawn → first 200 on /healthz, and the CPU the process tree used until then; RSS 2 s later ` +
      `(medians of ${options.cold})`,
  );
  const cold = await coldStarts(options.cold, [
    { ...ours, label: "ours, npm start", command: "npm", args: ["start"] },
    { ...ours, label: "ours, node dist/bot.js" },
    { ...ours, label: "ours, node dist/main.js (unbundled)", args: ["dist/main.js"] },
    { ...bolt, label: "bare Bolt, node" },
    { ...teams, label: "bare Teams SDK, node" },
  ]);
  console.log(
    table([
      ["server", "cold start", "CPU until then", "load", "RSS serving", "RSS tree"],
      ...cold.map((c) => [
        c.label,
        `${median(c.startMs).toFixed(0)} ms`,
        `${median(c.cpuMs).toFixed(0)} ms`,
        `${Math.min(...c.load).toFixed(1)}–${Math.max(...c.load).toFixed(1)}`,
        `${median(c.rss).toFixed(0)} MB`,
        `${median(c.treeRss).toFixed(0)} MB`,
      ]),
    ]),
  );

  const servers: Server[] = [];
  const launch = async (spec: Launch) => {
    const server = await startServer(spec.label, spec.command, spec.args, {
      cwd: ROOT,
      env: spec.env,
      port: await freePort(),
    });
    servers.push(server);
    return server;
  };
  try {
    const [o, b, t] = [await launch(profiled), await launch(bolt), await launch(teams)];
    const target = (server: Server, kind: Target["kind"]): Target => ({
      label: server.name,
      kind,
      baseUrl: server.baseUrl,
      pid: server.pid,
    });
    const targets = { ours: target(o, "ours"), bare: { slack: target(b, "bare"), teams: target(t, "bare") } };
    const served = new Served(o.pid);
    for (const user of [AWA, MARIE]) {
      await postActivity(o.baseUrl, personalInstallActivity({ serviceUrl: connector.serviceUrl, from: user }));
    }

    console.log(`\nbatches (DAECT sees ${SMALL_LIST} missions)`);
    const rows = await measure(world, served, targets, slackScenarios(world, SMALL_LIST), options);
    const growing = performance.now();
    await seeded.growTo(options.missions);
    console.log(
      `\nbatches (DAECT sees ${options.missions} missions; ${((performance.now() - growing) / 1000).toFixed(0)} s to open them)`,
    );
    rows.push(...(await measure(world, served, targets, largeListScenarios(world, options.missions), options)));
    rows.push(...(await measure(world, served, targets, teamsScenarios(world), options)));

    const soakStarted = performance.now();
    const mix = soakMix(rows.map((r) => r.scenario)).filter((s, i, all) => all.indexOf(s) === i);
    // With --only, the mix may hold none of the soak's requests: no soak then.
    for (let i = 0; mix.length > 0 && served.count < options.soak; i++) {
      const scenario = mix[i % mix.length] as Scenario;
      const n = Math.min(options.batch * 4, options.soak - served.count);
      await runBatch(world, served, targets.ours, scenario, n, CONCURRENCY);
    }
    const soakSeconds = (performance.now() - soakStarted) / 1000;

    const { lines, fails } = summaryRows(rows);
    console.log(`\nsummary: HTTP answer in ms, pooled over the rounds; CPU of the serving process per request`);
    console.log(table(lines));

    const coldOf = (label: string) => cold.find((c) => c.label === label) as ColdStart;
    const startRatio = ratio(median(coldOf("ours, npm start").startMs), median(coldOf("bare Bolt, node").startMs));
    const rssRatio = ratio(median(coldOf("ours, npm start").rss), median(coldOf("bare Bolt, node").rss));
    const [at2k, at10k] = MILESTONES.map((m) => served.rss.get(m));
    const flat = at2k !== undefined && at10k !== undefined ? Math.abs(at10k - at2k) : undefined;
    const goals = [
      ["cold start, npm start / bare Bolt", times(startRatio), verdict(startRatio <= 3, "≤ ×3")],
      ["idle RSS, serving process / bare Bolt", times(rssRatio), verdict(rssRatio <= 2, "≤ ×2")],
      [
        "RSS of ours at 2 000 → 10 000 requests",
        at2k === undefined
          ? "not reached"
          : `${at2k.toFixed(0)} → ${at10k === undefined ? "not reached" : `${at10k.toFixed(0)} MB`}`,
        flat === undefined ? "not measured (run without --quick)" : verdict(flat <= 20, "± 20 MB"),
      ],
    ];
    if (startRatio > 3) fails.push("cold start");
    if (rssRatio > 2) fails.push("idle RSS");
    if (flat !== undefined && flat > 20) fails.push("RSS growth");
    console.log(`\n${table(goals)}`);
    console.log(
      `\nours served ${served.count} requests (soak ${soakSeconds.toFixed(0)} s), RSS now ${rssMb(o.pid).toFixed(0)} MB; ` +
        `bare Bolt ${rssMb(b.pid).toFixed(0)} MB, bare Teams SDK ${rssMb(t.pid).toFixed(0)} MB; ` +
        `${((performance.now() - started) / 1000).toFixed(0)} s in all, load ${os.loadavg()[0]?.toFixed(2)}`,
    );
    console.log(fails.length === 0 ? "every goal holds" : `${fails.length} goals do not hold: ${fails.join("; ")}`);
  } catch (error) {
    for (const server of servers) console.error(server.lastWords());
    throw error;
  } finally {
    for (const server of servers) await server.stop();
    await fake.close();
    await connector.close();
    await seeded.kit.close();
  }
}

main(parseOptions(process.argv.slice(2))).catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
