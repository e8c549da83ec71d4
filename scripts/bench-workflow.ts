/**
 * Latency of the workflow verbs on the embedded SQLite file: each iteration labels a body, opens a mission,
 * has the embassy decide, and records the return and the report. Prints p50/p99 per verb.
 * Run: npx tsx scripts/bench-workflow.ts [iterations]
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createDb } from "../src/db/client";
import {
  addEmbassy,
  bootstrapAdmins,
  confirmMission,
  decideApplication,
  decideAsEmbassy,
  grantRole,
  openMission,
  recordReturn,
  submitApplication,
  submitReport,
} from "../src/workflow";
import type { Actor, WorkflowContext } from "../src/workflow/context";
import { operatorActor } from "../src/workflow/operator";

const iterations = Number(process.argv[2] ?? 200);
const timings = new Map<string, number[]>();

async function timed<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await fn();
  const list = timings.get(name) ?? [];
  list.push(performance.now() - start);
  timings.set(name, list);
  return result;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

async function main() {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "expect-bench-")), "bench.db");
  execFileSync(process.execPath, ["scripts/migrate.js"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: "ignore",
  });
  const db = createDb(`file:${file}`);
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  let now = new Date("2026-03-02T09:00:00Z");
  const ctx: WorkflowContext = { db, clock: { now: () => now }, settings: { labelValidityYears: 3 } };
  const system = operatorActor("cli");
  await bootstrapAdmins(ctx, system, ["daect@bench.fr"]);
  await addEmbassy(ctx, system, { countryCode: "SN", name: "Ambassade SN" });
  await grantRole(ctx, system, { email: "committee@bench.fr", role: "committee" });
  await grantRole(ctx, system, { email: "embassy@bench.fr", role: "embassy", scope: "SN" });
  const id = async (email: string): Promise<Actor> => ({
    personId: (await db.person.findUniqueOrThrow({ where: { email } })).id,
    platform: "slack",
  });
  const [daect, committee, embassy] = [
    await id("daect@bench.fr"),
    await id("committee@bench.fr"),
    await id("embassy@bench.fr"),
  ];

  for (let i = 0; i < iterations; i++) {
    now = new Date("2026-03-02T09:00:00Z");
    const focalPerson = await db.person.create({ data: { email: `focal${i}@bench.fr`, name: `Focal ${i}` } });
    const focal: Actor = { personId: focalPerson.id, platform: "slack" };
    const app = await timed("submitApplication", () =>
      submitApplication(ctx, focal, {
        organisationName: `Ville ${i}`,
        organisationKind: "collectivite",
        basis: "cooperation",
        competenceScope: "broad",
        competences: "Plan de gestion de crise",
        themes: ["crisis"],
        experts: [{ name: "E", email: `m${i}@bench.fr`, function: "DGS", qualifications: "Q", category: "agent" }],
        commitmentAccepted: true,
      }),
    );
    const label = await timed("decideApplication", () =>
      decideApplication(ctx, committee, { applicationId: app.value.applicationId, decision: "approve" }),
    );
    const mission = await timed("openMission", () =>
      openMission(ctx, daect, {
        labelId: label.value.labelId ?? "",
        countryCode: "SN",
        foreignPartner: "Dakar",
        nature: "seminar",
        legs: [{ kind: "outbound", startDate: "2026-04-06", endDate: "2026-04-10", peopleCount: 1 }],
        missionaries: [{ email: `m${i}@bench.fr` }],
        expectedResult: "R",
        transportCostEuros: 900,
      }),
    );
    const missionId = mission.value.missionId;
    await timed("decideAsEmbassy", () => decideAsEmbassy(ctx, embassy, { missionId, decision: "validate" }));
    await timed("confirmMission", () => confirmMission(ctx, focal, { missionId }));
    now = new Date("2026-04-12T09:00:00Z");
    await timed("recordReturn", () => recordReturn(ctx, focal, { missionId }));
    const missionary = await id(`m${i}@bench.fr`);
    await timed("submitReport", () =>
      submitReport(ctx, missionary, {
        missionId,
        objectAccount: "Compte rendu",
        complementaryAction: false,
        longTermCooperation: true,
      }),
    );
  }
  console.log(`workflow verbs on SQLite (${iterations} iterations), milliseconds:`);
  for (const [name, values] of timings) {
    console.log(
      `  ${name.padEnd(18)} p50 ${percentile(values, 50).toFixed(2)}  p99 ${percentile(values, 99).toFixed(2)}`,
    );
  }
  await db.$disconnect();
}

void main();
