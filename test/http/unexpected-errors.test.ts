import { Writable } from "node:stream";
import pino from "pino";
import { z } from "zod";
import { createIncidentReporter, describeUnexpected, explainFailure } from "../../src/errors/unexpected";
import { serializeError } from "../../src/logger";
import { VERB } from "../../src/teams/constants";
import type { WorkflowContext } from "../../src/workflow/context";
import { inTransaction, VerbBug } from "../../src/workflow/run";
import { type SlackBot, startSlackBot, USERS } from "../support/slack-bot";
import { createKit, labelledBody, openedMission } from "../support/workflow-kit";
import { AWA, type Harness, startHarness } from "./teams-harness";

const REFERENCE = /réf\. ([0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4})/;
// Nothing technical may reach a person: no Prisma or zod wording, no table, no stack.
const TECHNICAL = /prisma|AuditEvent|no such table|invalid_|Error:|\bat \S+:\d+|Entrée invalide|P20\d\d/i;

/** The log lines our logger writes, parsed. */
function logSink() {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { stream, lines };
}

/** The database loses a table every verb writes to: a real failing dependency, met inside the verb. */
async function breakAudit(db: { $executeRawUnsafe(sql: string): Promise<number> }) {
  await db.$executeRawUnsafe('ALTER TABLE "AuditEvent" RENAME TO "AuditEventGone"');
}

const alertsOf = (db: SlackBot["kit"]["db"]) => db.outbox.findMany({ where: { kind: "unexpected_error" } });

describe("unexpected errors on Slack", () => {
  let bot: SlackBot;
  let log: ReturnType<typeof logSink>;

  beforeEach(async () => {
    log = logSink();
    bot = await startSlackBot({ incidentLog: log.stream });
  });
  afterEach(() => bot.close());

  async function addEmbassy(index: number) {
    const reply = await bot.command(USERS.daect.id, "admin ambassade TN Ambassade de France en Tunisie");
    expect(reply.status).toBe(200);
    return String((await bot.response(index)).args.text);
  }

  it("shows a reference, logs the stack under it, and alerts DAECT once per kind per hour", async () => {
    await breakAudit(bot.kit.db);
    const first = await addEmbassy(0);
    expect(first).toMatch(REFERENCE);
    expect(first).toContain("L’équipe DAECT a été prévenue");
    expect(first).not.toMatch(TECHNICAL);
    const reference = first.match(REFERENCE)?.[1];

    const line = log.lines.find((l) => l.reference === reference);
    expect(line).toMatchObject({ level: 50, where: "/expect admin", daectTold: true });
    expect(line?.err.stack).toMatch(/\n\s+at /);

    // The same fault again within the hour: a new reference, still one alert, and the person is still told.
    const second = await addEmbassy(1);
    expect(second.match(REFERENCE)?.[1]).not.toBe(reference);
    expect(second).toContain("L’équipe DAECT a été prévenue");
    expect(await alertsOf(bot.kit.db)).toHaveLength(1);

    // The alert reaches DAECT's channel with the first reference, so the log line can be found.
    await bot.deliver();
    const posted = bot.fake.calls("chat.postMessage").filter((c) => c.args.channel === "C0DAECT");
    expect(posted).toHaveLength(1);
    expect(String(posted[0]?.args.text)).toContain(String(reference));
    expect(String(posted[0]?.args.text)).not.toMatch(/AuditEvent|xoxb-/);

    // An hour later the same kind is alerted again.
    bot.kit.clock.set("2026-03-02T10:05:00Z");
    await addEmbassy(2);
    expect(await alertsOf(bot.kit.db)).toHaveLength(2);
  });
});

describe("unexpected errors on Teams", () => {
  let h: Harness;
  let log: ReturnType<typeof logSink>;

  beforeEach(async () => {
    log = logSink();
    h = await startHarness({ incidentLog: log.stream });
  });
  afterEach(() => h.close());

  it("answers a click with a reference card, logged with the stack, DAECT alerted once", async () => {
    const { labelId } = await labelledBody(h.kit);
    await h.install(AWA);
    const missionId = await openedMission(h.kit, labelId);
    await breakAudit(h.kit.db);
    const texts: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await h.click(AWA, VERB.embassyValidate, { missionId, round: 0 });
      expect(res.status).toBe(200);
      texts.push(JSON.stringify(res.body.value));
    }
    for (const text of texts) {
      expect(text).toMatch(REFERENCE);
      expect(text).toContain("L’équipe DAECT a été prévenue");
      expect(text).not.toMatch(TECHNICAL);
    }
    const reference = texts[0]?.match(REFERENCE)?.[1];
    expect(log.lines.find((l) => l.reference === reference)?.err.stack).toMatch(/\n\s+at /);
    expect(await h.kit.db.outbox.count({ where: { kind: "unexpected_error" } })).toBe(1);
  });

  it("tells a person Teams could not name, in words, instead of only logging it", async () => {
    h.fake.failNext(1, { status: 500 });
    const res = await h.say(AWA, "aide");
    expect(res.status).toBe(200);
    const said = String(h.fake.sent().at(-1)?.activity.text);
    expect(said).toContain("Teams n’a pas pu me dire qui vous êtes");
    expect(said).toMatch(REFERENCE);
    const reference = said.match(REFERENCE)?.[1];
    expect(log.lines.find((l) => l.reference === reference)?.err.stack).toContain("MemberLookupError");
  });
});

describe("the incident reporter", () => {
  it("logs an SDK error without its request config, headers or tokens", () => {
    const sdk = Object.assign(new Error("An API error occurred: xoxb-1111-2222-secret"), {
      config: {
        method: "post",
        url: "https://slack.com/api/chat.postMessage?t=1",
        headers: { Authorization: "Bearer xoxb-9" },
      },
      request: { headers: { authorization: "Bearer abc" } },
      response: { status: 500, headers: { "set-cookie": "s=1" } },
      headers: { authorization: "Bearer def" },
    });
    const logged = JSON.stringify(serializeError(sdk));
    expect(logged).not.toMatch(/xoxb-|Bearer|set-cookie|authorization/i);
    expect(JSON.parse(logged)).toMatchObject({
      http: { method: "post", url: "https://slack.com/api/chat.postMessage", status: 500 },
    });
  });

  it("claims one alert per kind per hour across two instances reporting at once", async () => {
    const kit = await createKit();
    try {
      const logger = pino({ level: "silent" });
      const one = createIncidentReporter({ ctx: kit.ctx, logger, surface: "slack", alertsDaect: true });
      const two = createIncidentReporter({ ctx: kit.ctx, logger, surface: "teams", alertsDaect: true });
      const fault = new TypeError("cannot read properties of undefined");
      const other = new RangeError("invalid time value");
      const reports = await Promise.all([
        ...Array.from({ length: 5 }, () => one.report(fault, "one")),
        ...Array.from({ length: 5 }, () => two.report(fault, "two")),
        one.report(other, "one"),
      ]);
      expect(new Set(reports.map((r) => r.reference)).size).toBe(11);
      expect(reports.every((r) => r.daectTold)).toBe(true);
      expect(await kit.db.outbox.count({ where: { kind: "unexpected_error" } })).toBe(2);
    } finally {
      await kit.close();
    }
  });

  it("turns a ZodError escaping a verb into a bug, shown with a reference and never in zod's words", async () => {
    const kit = await createKit();
    try {
      const escaped = await inTransaction(kit.ctx, async () => z.object({ n: z.number() }).parse({})).catch((e) => e);
      expect(escaped).toBeInstanceOf(VerbBug);
      expect(escaped.stack).toContain("ZodError");
      const reporter = createIncidentReporter({
        ctx: kit.ctx,
        logger: pino({ level: "silent" }),
        surface: "slack",
        alertsDaect: true,
      });
      const text = await explainFailure(reporter, escaped, "fr", "test");
      expect(text).toMatch(REFERENCE);
      expect(text).not.toMatch(/Entrée invalide|nombre attendu|reçu|expected|received/i);
    } finally {
      await kit.close();
    }
  });

  it("does not say DAECT was told when no alert can reach it", async () => {
    const kit = await createKit();
    try {
      const logger = pino({ level: "silent" });
      const noChannel = createIncidentReporter({ ctx: kit.ctx, logger, surface: "teams", alertsDaect: false });
      const report = await noChannel.report(new Error("boom"), "here");
      expect(report.daectTold).toBe(false);
      expect(describeUnexpected(report, "fr")).not.toContain("prévenue");
      expect(describeUnexpected(report, "en")).not.toContain("been told");

      // The database is what failed: the alert cannot be queued, and the person is not told it was.
      const broken: WorkflowContext = {
        ...kit.ctx,
        db: new Proxy(kit.db, {
          get: (target, key) =>
            key === "outbox"
              ? { create: () => Promise.reject(new Error("database is locked")) }
              : Reflect.get(target, key),
        }),
      };
      const downDb = createIncidentReporter({ ctx: broken, logger, surface: "slack", alertsDaect: true });
      const down = await downDb.report(new Error("boom"), "here");
      expect(down.daectTold).toBe(false);
      expect(describeUnexpected(down, "en")).toMatch(/^Something unexpected happened \(ref\. \w{4}-\w{4}\)/);
    } finally {
      await kit.close();
    }
  });
});
