import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { queuedCount, sweepReminders } from "../../src/workflow";
import { readDeliveredLog } from "../support/child-channel";
import { createKit, type Kit, labelledBody } from "../support/workflow-kit";

/**
 * Several processes on one SQLite file. The test process keeps its own connection idle while the
 * children run: two connections in one process would wait on each other's lock synchronously.
 */
const ROOT = path.resolve(__dirname, "../..");

interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function child(script: string, env: Record<string, string>): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    // tsx as a loader in the child itself (not its CLI wrapper), so a kill reaches the process under test.
    const proc = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "test/support", script)], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    proc.stdout.on("data", (d) => {
      stdout += d;
    });
    proc.stderr.on("data", (d) => {
      stderr += d;
    });
    proc.once("error", reject);
    proc.once("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const json = (r: ChildResult) => {
  if (r.code !== 0) throw new Error(`child failed (${r.code ?? r.signal}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "{}");
};

// Tuesday 5 May 2026, 11:00 in Paris: deadlines of 15 May are 10 days away (the 14-days prompt is due).
const AT = "2026-05-05T09:00:00Z";
const MISSIONS = 150;

let kit: Kit;
let logFile: string;

beforeEach(async () => {
  kit = await createKit();
  logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "expect-log-")), "delivered.jsonl");
});
afterEach(() => kit.close());

/** Many missions awaiting their report, each with two missionaries on Slack. */
async function seedDueMissions() {
  const body = await labelledBody(kit);
  const people = Array.from({ length: MISSIONS * 2 }, (_, i) => ({
    id: `p${i}`,
    email: `p${i}@lyon.fr`,
    name: `Missionnaire ${i}`,
  }));
  await kit.db.person.createMany({ data: people });
  await kit.db.slackAccount.createMany({ data: people.map((p, i) => ({ personId: p.id, slackUserId: `U${i}` })) });
  for (let i = 0; i < MISSIONS; i++) {
    await kit.db.mission.create({
      data: {
        reference: `M-2026-${String(i + 100).padStart(4, "0")}`,
        labelId: body.labelId,
        organisationId: body.organisationId,
        countryCode: "SN",
        foreignPartner: "Ville de Saint-Louis",
        nature: "expertise_request",
        expectedResult: "Plan de collecte",
        status: "report_due",
        startDate: "2026-03-10",
        endDate: "2026-03-15",
        returnedOn: "2026-03-15",
        reportDeadline: "2026-05-15",
        createdById: kit.daect.personId ?? "",
        missionaries: { create: [{ personId: `p${2 * i}` }, { personId: `p${2 * i + 1}` }] },
      },
    });
  }
  await kit.db.outbox.deleteMany({});
}

describe("sweepers and deliverers in several processes", () => {
  it("two sweepers on one database at once claim every prompt exactly once", async () => {
    await seedDueMissions();
    const env = { DATABASE_URL: kit.url, AT, RUNS: "3", BATCH: "20", START_AT: String(Date.now() + 3_000) };
    const [a, b] = await Promise.all([child("child-sweeper.ts", env), child("child-sweeper.ts", env)]);
    expect(json(a).queued + json(b).queued).toBe(MISSIONS * 2);
    const rows = await kit.db.outbox.findMany({ select: { dedupeKey: true, recipientId: true, kind: true } });
    expect(rows).toHaveLength(MISSIONS * 2);
    expect(new Set(rows.map((r) => r.dedupeKey)).size).toBe(MISSIONS * 2);
    expect(new Set(rows.map((r) => r.recipientId)).size).toBe(MISSIONS * 2);
    expect(await kit.db.reminder.count({ where: { kind: "report_14d_before", outboxId: { not: null } } })).toBe(
      MISSIONS * 2,
    );
  }, 60_000);

  it("a deliverer killed between claim and send: the row goes out later, once, and nothing is lost", async () => {
    await seedDueMissions();
    kit.clock.set(AT);
    expect(queuedCount(await sweepReminders(kit.ctx))).toBe(MISSIONS * 2);

    const crashed = await child("child-deliverer.ts", { DATABASE_URL: kit.url, AT, LOG: logFile, CRASH: "1" });
    expect(crashed.signal).toBe("SIGKILL");
    const stuck = await kit.db.outbox.findMany({ where: { status: "sending" } });
    expect(stuck).toHaveLength(1);
    expect(readDeliveredLog(logFile)).toEqual([]);

    // Another process at once: everything but the row whose claim is still running.
    const first = json(await child("child-deliverer.ts", { DATABASE_URL: kit.url, AT, LOG: logFile }));
    expect(first.sent).toBe(MISSIONS * 2 - 1);
    // After the claim's two minutes: the crashed row, once.
    const later = new Date(new Date(AT).getTime() + 2 * 60_000 + 1_000).toISOString();
    const [c, d] = await Promise.all([
      child("child-deliverer.ts", { DATABASE_URL: kit.url, AT: later, LOG: logFile }),
      child("child-deliverer.ts", { DATABASE_URL: kit.url, AT: later, LOG: logFile }),
    ]);
    expect(json(c).sent + json(d).sent).toBe(1);

    const delivered = readDeliveredLog(logFile);
    expect(delivered).toHaveLength(MISSIONS * 2);
    expect(new Set(delivered.map((x) => x.outboxId)).size).toBe(MISSIONS * 2);
    expect(delivered.find((x) => x.outboxId === stuck[0]?.id)).toMatchObject({ reminderKind: "report_14d_before" });
    expect(await kit.db.outbox.count({ where: { status: { not: "sent" } } })).toBe(0);
    expect(await kit.db.outbox.findUniqueOrThrow({ where: { id: stuck[0]?.id } })).toMatchObject({ attempts: 2 });
  }, 60_000);
});
