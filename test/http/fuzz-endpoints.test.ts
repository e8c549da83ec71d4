import type { Db, Prisma } from "../../src/db/client";
import { mulberry32, postWithin, tally } from "../support/fuzz";
import { slackCase } from "../support/fuzz-slack";
import { teamsCase } from "../support/fuzz-teams";
import { startSlackBot, USERS } from "../support/slack-bot";
import { signSlackRequest } from "../support/slack-request";
import { labelledBody, openedMission } from "../support/workflow-kit";
import { FOCAL, KARIM, MARIE, startHarness } from "./teams-harness";

/**
 * Issue 8 §3: hundreds of malformed and mutated requests to each endpoint, from a fixed seed, each answered with a
 * 2xx or a 4xx in time, nothing written to the programme's tables and nothing done that the role table forbids.
 *
 * Writes allowed during the batch, and why: a Teams conversation reference is upserted for whoever writes to the
 * bot (so that it can answer later), a person is linked to their Slack or Teams account on their first request
 * (done before the batch, so it changes nothing during it), an embassy person may make the team channel they write
 * from their embassy's (their right, whatever the activity looks like), and an unexpected error would queue one DAECT
 * alert (outbox kind `unexpected_error`): counted apart, and there must be none, nor any unexpected-error log line.
 *
 * Who sends the forged requests: people with no right over the missions and applications the payloads point at (a
 * stranger, another body's focal point, an embassy of another country), or none in their present state (Lyon's focal
 * point and missionary, whose mission still awaits the embassy; every application is decided), so that any change of
 * a mission's state, an application's status or a role is an action the role table forbids.
 */

// FUZZ_SEED and FUZZ_COUNT explore further by hand; the suite always runs the same requests.
const PER_ENDPOINT = Number(process.env.FUZZ_COUNT ?? 800);
const SEED = Number(process.env.FUZZ_SEED ?? 0x8e3c7);

/** Every table a verb writes to, and the state of what a forbidden action would change. */
async function programme(db: Db, allowedAudit: Prisma.AuditEventWhereInput = { id: "" }) {
  const counts = await Promise.all([
    db.organisation.count(),
    db.person.count(),
    db.roleAssignment.count(),
    db.embassy.count(),
    db.application.count(),
    db.applicationExpert.count(),
    db.label.count(),
    db.solicitation.count(),
    db.mission.count(),
    db.missionLeg.count(),
    db.missionMissionary.count(),
    db.embassyDecision.count(),
    db.report.count(),
    db.reimbursement.count(),
    db.extensionRequest.count(),
    db.auditEvent.count({ where: { NOT: allowedAudit } }),
    db.reminder.count(),
    db.snooze.count(),
  ]);
  const missions = await db.mission.findMany({ orderBy: { id: "asc" } });
  const applications = await db.application.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } });
  const roles = await db.roleAssignment.findMany({ orderBy: { id: "asc" } });
  const outbox = await db.outbox.findMany({ select: { kind: true } });
  return {
    counts,
    missions,
    applications,
    roles,
    outbox: outbox.filter((o) => o.kind !== "unexpected_error").length,
  };
}

// Nothing technical may reach a person: no Prisma or zod wording, no table, no stack (as in unexpected-errors).
const TECHNICAL = /prisma|AuditEvent|no such table|invalid_|Error:|\bat \S+:\d+|Entrée invalide|Invalid input|P20\d\d/i;
const technical = (texts: string[]) =>
  texts.flatMap((text) => {
    const found = text.match(TECHNICAL);
    return found ? [text.slice(Math.max(0, (found.index ?? 0) - 200), (found.index ?? 0) + 200)] : [];
  });

const isAnswer = (status: number) => status >= 200 && status < 500;

describe("fuzz: no request to either endpoint gets a 5xx, a hang or a write", () => {
  it(`Slack /slack/events: ${PER_ENDPOINT} signed, mutated or unsigned requests`, async () => {
    const incidents: string[] = [];
    const bot = await startSlackBot({ incidentLog: { write: (line: string) => incidents.push(line) } });
    try {
      const lyon = await labelledBody(bot.kit);
      const lille = await labelledBody(bot.kit, "Métropole de Lille", "referent@lille.fr");
      const lyonMission = await openedMission(bot.kit, lyon.labelId);
      const lilleMission = await openedMission(bot.kit, lille.labelId, {
        missionaries: [{ email: "expert@lille.fr", name: "Eve Expert" }],
        legs: [{ kind: "outbound", startDate: "2026-04-06", endDate: "2026-04-10", peopleCount: 1 }],
      });
      const stranger = { id: "U0STRANGE", email: "stranger@example.org", locale: "fr-FR", realName: "Sam Stranger" };
      const lilleFocal = { id: "U0LILLE", email: "referent@lille.fr", locale: "fr-FR", realName: "Luc Lille" };
      bot.fake.addUser(stranger);
      bot.fake.addUser(lilleFocal);
      // Who forges: people with no right over Lyon's mission or anyone's application (not DAECT, not the committee).
      const forgers = [stranger.id, lilleFocal.id, USERS.missionary.id, USERS.focal.id];
      // A first request links each Slack account to its person (an allowed write): done before counting.
      for (const id of forgers) await bot.home(id);
      await bot.transport.idle();
      const ids = {
        missions: [lyonMission, lilleMission],
        applications: [lyon.applicationId, lille.applicationId],
        organisations: [lyon.organisationId, lille.organisationId],
        labels: [lyon.labelId, lille.labelId],
        persons: [lyon.focal.personId, lille.focal.personId].filter((p): p is string => p !== null),
      };
      const before = await programme(bot.kit.db);
      const rng = mulberry32(SEED);
      const statuses: number[] = [];
      const answers: string[] = [];
      const failures: string[] = [];
      const started = performance.now();
      for (let i = 0; i < PER_ENDPOINT; i++) {
        const c = slackCase(rng, ids, forgers, bot.fake.responseUrl("fuzz"));
        const now = Math.floor(Date.now() / 1000);
        const ts = c.signing === "stale" ? now - 6 * 60 : c.signing === "future" ? now + 6 * 60 : now;
        const secret = c.signing === "bad" ? "not-the-secret" : bot.target.signingSecret;
        const headers: Record<string, string> = { "content-type": c.contentType };
        if (c.signing !== "none") {
          headers["x-slack-request-timestamp"] = String(ts);
          headers["x-slack-signature"] = signSlackRequest(secret, ts, c.body);
        }
        const reply = await postWithin(bot.target.url, c.body, headers);
        statuses.push(reply.status);
        answers.push(reply.text);
        const expected = c.signing === "valid" ? isAnswer(reply.status) : reply.status === 401;
        if (!expected) failures.push(`#${i} ${c.kind}/${c.signing} → ${reply.status} ${c.body.slice(0, 300)}`);
      }
      await bot.transport.idle();
      const elapsed = Math.round(performance.now() - started);
      console.log(`Slack ${PER_ENDPOINT} → ${JSON.stringify(tally(statuses))} in ${elapsed} ms`);
      expect(failures).toEqual([]);
      // What people were shown (answers, ephemerals, modals, Home) is valid Block Kit and says nothing technical.
      expect(bot.fake.rejections).toEqual([]);
      expect(technical([...answers, ...bot.fake.calls().map((c) => JSON.stringify(c.args))])).toEqual([]);
      const after = await programme(bot.kit.db);
      expect(after).toEqual(before);
      // No unexpected error either: each would be a reference shown to someone and an alert to DAECT.
      expect(incidents).toEqual([]);
      expect(await bot.kit.db.outbox.count({ where: { kind: "unexpected_error" } })).toBe(0);
      // Still up: a person opening the Home gets it.
      const view = await bot.home(USERS.missionary.id);
      expect(view.type).toBe("home");
    } finally {
      await bot.close();
    }
  }, 60_000);

  it(`Teams /api/messages: ${PER_ENDPOINT} mutated activities and non-activities`, async () => {
    const incidents: string[] = [];
    const h = await startHarness({ incidentLog: { write: (line: string) => incidents.push(line) } });
    try {
      const lyon = await labelledBody(h.kit);
      const lille = await labelledBody(h.kit, "Métropole de Lille", "referent@lille.fr");
      const missions = [await openedMission(h.kit, lyon.labelId), await openedMission(h.kit, lille.labelId)];
      const users = [KARIM, MARIE, FOCAL, { id: "29:nobody", name: "Nobody", aadObjectId: "aad-nobody" }];
      for (const user of users) await h.say(user, "aide");
      await h.surface.idle();
      // Karim, of the embassy in Morocco, may make any team channel he is in Morocco's: his right, not a forgery.
      const karim = { action: "designate_channel", actorId: h.kit.embassyMA.personId, entityId: "MA" };
      const before = await programme(h.kit.db, karim);
      const rng = mulberry32(SEED);
      const statuses: number[] = [];
      const answers: string[] = [];
      const failures: string[] = [];
      const started = performance.now();
      for (let i = 0; i < PER_ENDPOINT; i++) {
        const c = teamsCase(rng, h.fake.serviceUrl, users, { missions });
        const reply = await postWithin(new URL("/api/messages", h.baseUrl).href, c.body, {
          "content-type": c.contentType,
        });
        statuses.push(reply.status);
        answers.push(reply.text);
        if (!isAnswer(reply.status)) failures.push(`#${i} ${c.kind} → ${reply.status} ${c.body.slice(0, 300)}`);
      }
      await h.surface.idle();
      const elapsed = Math.round(performance.now() - started);
      console.log(`Teams ${PER_ENDPOINT} → ${JSON.stringify(tally(statuses))} in ${elapsed} ms`);
      expect(failures).toEqual([]);
      const shown = [...h.fake.sent(), ...h.fake.updates()].map((a) => JSON.stringify(a.activity));
      expect(technical([...answers, ...shown])).toEqual([]);
      expect(h.checkAllCards()).toBeGreaterThan(0);
      expect(await programme(h.kit.db, karim)).toEqual(before);
      expect(incidents).toEqual([]);
      expect(await h.kit.db.outbox.count({ where: { kind: "unexpected_error" } })).toBe(0);
      // Still up: help asked gets an answer.
      const sent = h.fake.sent().length;
      expect((await h.say(MARIE, "aide")).status).toBe(200);
      await h.surface.idle();
      expect(h.fake.sent().length).toBeGreaterThan(sent);
    } finally {
      await h.close();
    }
  }, 60_000);
});
