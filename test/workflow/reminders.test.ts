import { DateTime } from "luxon";
import { DomainError } from "../../src/domain/errors";
import { deliverDueNotifications } from "../../src/notify/deliver-due-notifications";
import {
  advanceMissions,
  confirmMission,
  decideAsEmbassy,
  decideExtension,
  requestExtension,
  requestReimbursement,
  reviewReport,
  snoozeReminders,
  submitReport,
  sweepReminders,
} from "../../src/workflow";
import {
  type Delivered,
  linkSlack,
  linkTeams,
  RecordingChannel,
  slackReach,
  teamsReach,
} from "../support/child-channel";
import { createKit, type Kit, labelledBody, missionaryActor, openedMission } from "../support/workflow-kit";

let kit: Kit;
let slack: RecordingChannel;
let teams: RecordingChannel;

beforeEach(async () => {
  kit = await createKit();
  slack = new RecordingChannel("slack", kit.clock, slackReach(kit.db));
  teams = new RecordingChannel("teams", kit.clock, teamsReach(kit.db));
});
afterEach(() => kit.close());

const MARIE = "marie.durand@lyon.fr";
const JEAN = "jean.martin@lyon.fr";

/**
 * Back from Senegal on Friday 10 April 2026: report due by Wednesday 10 June. Marie is on Slack in Paris,
 * Jean on Teams in Montreal (six hours behind), so their mornings differ.
 */
async function returnedMission() {
  const body = await labelledBody(kit);
  const missionId = await openedMission(kit, body.labelId);
  await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate" });
  await confirmMission(kit.ctx, body.focal, { missionId });
  const marie = await kit.db.person.findUniqueOrThrow({ where: { email: MARIE } });
  await linkSlack(kit.db, marie.id, "U-MARIE");
  await linkSlack(kit.db, body.focal.personId ?? "", "U-FOCAL");
  const jean = await kit.db.person.update({ where: { email: JEAN }, data: { timeZone: "America/Toronto" } });
  await linkTeams(kit.db, jean.id, "29:jean");
  kit.clock.set("2026-04-06T08:00:00Z");
  await advanceMissions(kit.ctx);
  kit.clock.set("2026-04-11T08:00:00Z");
  await advanceMissions(kit.ctx);
  await kit.db.outbox.deleteMany({});
  return { ...body, missionId, marie: await missionaryActor(kit, MARIE), jean: await missionaryActor(kit, JEAN) };
}

const deliver = () =>
  deliverDueNotifications(kit.ctx, [slack, teams], { worker: "test", defaultTimeZone: "Europe/Paris" });

/** Runs the clock hour by hour: the sweep every six hours (02:00, 08:00, 14:00, 20:00 in Paris), delivery hourly. */
async function live(untilIso: string, onHour?: (at: Date) => Promise<void>) {
  const end = new Date(untilIso).getTime();
  for (let t = kit.clock.now().getTime(); t <= end; t += 3_600_000) {
    kit.clock.set(new Date(t));
    await onHour?.(kit.clock.now());
    if (new Date(t).getUTCHours() % 6 === 0) {
      await advanceMissions(kit.ctx);
      await sweepReminders(kit.ctx);
    }
    await deliver();
  }
}

const all = () => [...slack.delivered, ...teams.delivered].sort((a, b) => a.at.getTime() - b.at.getTime());
const zoneOf = (d: Delivered) => (d.to === JEAN ? "America/Toronto" : "Europe/Paris");
const local = (d: Delivered) => DateTime.fromJSDate(d.at, { zone: zoneOf(d) }).toFormat("ccc yyyy-MM-dd HH:mm");
const line = (d: Delivered) => `${local(d)} ${d.kind}/${d.reminderKind ?? "-"} → ${d.to}`;
const reminderLines = () =>
  all()
    .filter((d) => d.reminderKind)
    .map(line);

function expectDaytimeWeekdays(sent: Delivered[]) {
  for (const d of sent.filter((s) => s.to !== "daect")) {
    const at = DateTime.fromJSDate(d.at, { zone: zoneOf(d) });
    expect({ line: line(d), weekday: at.weekday <= 5, daytime: at.hour >= 8 && at.hour < 20 }).toEqual({
      line: line(d),
      weekday: true,
      daytime: true,
    });
  }
}

describe("reminder sweep through a whole mission", () => {
  it("prompts on each day of the policy, in working hours, escalates, proposes reimbursement: each once", async () => {
    const { missionId } = await returnedMission();
    // Slack is rate limited once and Teams fails once: the messages come late, not twice, not never.
    slack.script.push({ status: "retry", error: "ratelimited", retryAfterSeconds: 30 });
    teams.script.push({ status: "retry", error: "HTTP 502" });
    let proposal: Delivered | undefined;
    await live("2026-07-12T00:00:00Z", async () => {
      proposal ??= slack.delivered.find((d) => d.kind === "reimbursement_proposal");
      if (proposal && (await kit.db.reimbursement.count()) === 0) {
        // DAECT presses the proposal's button.
        await requestReimbursement(kit.ctx, kit.daect, { missionId: proposal.data.missionId as string });
      }
    });
    expect(reminderLines()).toEqual([
      // 10 May is a Sunday: Monday morning in each one's zone (the first tries met a 429 and a 502).
      `Mon 2026-05-11 09:00 report_reminder/report_30d_after_return → ${MARIE}`,
      `Mon 2026-05-11 09:00 report_reminder/report_30d_after_return → ${JEAN}`,
      `Wed 2026-05-27 08:00 report_reminder/report_14d_before → ${MARIE}`,
      `Wed 2026-05-27 08:00 report_reminder/report_14d_before → ${JEAN}`,
      // 7 June is a Sunday too.
      `Mon 2026-06-08 08:00 report_reminder/report_3d_before → ${MARIE}`,
      `Mon 2026-06-08 08:00 report_reminder/report_3d_before → ${JEAN}`,
      `Wed 2026-06-10 08:00 report_reminder/report_due_today → ${MARIE}`,
      `Wed 2026-06-10 08:00 report_reminder/report_due_today → ${JEAN}`,
      // DAECT's channel is no person: told at the first sweep of the day after the deadline.
      "Thu 2026-06-11 02:00 report_escalation/escalation → daect",
      "Fri 2026-07-10 02:00 reimbursement_proposal/reimbursement_proposal → daect",
    ]);
    expectDaytimeWeekdays(all());
    expect(proposal?.data).toMatchObject({
      reference: expect.any(String),
      amountCents: 185000,
      reportDeadline: "2026-06-10",
    });
    const prompt = all().find((d) => d.reminderKind === "report_14d_before");
    expect(prompt?.data).toMatchObject({
      missionId,
      reportDeadline: "2026-06-10",
      daysLeft: 14,
      snoozeChoices: [1, 3, 7],
      actions: ["open_report_form", "snooze", "request_extension"],
    });
    expect((await kit.db.mission.findUniqueOrThrow({ where: { id: missionId } })).status).toBe(
      "reimbursement_requested",
    );
    expect(await kit.db.reminder.count({ where: { missionId } })).toBe(10);
    expect(await kit.db.outbox.count({ where: { status: { not: "sent" } } })).toBe(0);
  }, 120_000);

  it("a sweep run again, or late, sends nothing twice and only the current prompt of the chain", async () => {
    await returnedMission();
    kit.clock.set("2026-06-08T10:00:00Z");
    const first = await sweepReminders(kit.ctx);
    // Two months without a sweep: only the 3-days-before prompt, not the whole backlog.
    expect(first.queued).toEqual({ report_3d_before: 2 });
    const again = await sweepReminders(kit.ctx);
    expect(again).toMatchObject({ queued: {}, alreadySent: 2 });
    await Promise.all([sweepReminders(kit.ctx), sweepReminders(kit.ctx), sweepReminders(kit.ctx)]);
    expect(await kit.db.outbox.count()).toBe(2);
  });
});

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "no error",
    (e) => (e instanceof DomainError ? e.code : Promise.reject(e)),
  );

describe("snooze and extension from the prompt", () => {
  it("a snooze holds the prompts back, reminds once when it ends, and never runs past the deadline", async () => {
    const { missionId, marie, focal } = await returnedMission();
    let snoozed = false;
    await live("2026-06-11T00:00:00Z", async (at) => {
      if (!snoozed && slack.delivered.some((d) => d.reminderKind === "report_14d_before")) {
        snoozed = true;
        expect(await codeOf(snoozeReminders(kit.ctx, kit.daect, { missionId, days: 3 }))).toBe("forbidden");
        expect(await codeOf(snoozeReminders(kit.ctx, marie, { missionId, days: 2 }))).toBe("invalid_input");
        const { value } = await snoozeReminders(kit.ctx, marie, { missionId, days: 3 });
        expect(value.until).toEqual(new Date(at.getTime() + 3 * 86_400_000));
      }
      if (at.toISOString() === "2026-06-05T10:00:00.000Z") {
        // Friday: seven days would end after the deadline of 10 June.
        expect(await codeOf(snoozeReminders(kit.ctx, marie, { missionId, days: 7 }))).toBe("snooze_past_deadline");
        // Whoever may write the report may snooze its prompts: the focal point is reminded when it ends.
        await snoozeReminders(kit.ctx, focal, { missionId, days: 3 });
        await snoozeReminders(kit.ctx, marie, { missionId, days: 3 });
      }
    });
    const marieLines = reminderLines().filter((l) => l.endsWith(MARIE));
    expect(marieLines).toEqual([
      `Mon 2026-05-11 08:00 report_reminder/report_30d_after_return → ${MARIE}`,
      `Wed 2026-05-27 08:00 report_reminder/report_14d_before → ${MARIE}`,
      // Snoozed on Wednesday at 08:00 for three days: Saturday, so Monday morning.
      `Mon 2026-06-01 08:00 report_reminder/snooze_follow_up → ${MARIE}`,
      // Snoozed till Monday 8 June 12:00: the prompt of the chain comes after it, the follow-up is not doubled.
      `Mon 2026-06-08 14:00 report_reminder/report_3d_before → ${MARIE}`,
      `Wed 2026-06-10 08:00 report_reminder/report_due_today → ${MARIE}`,
    ]);
    expect(reminderLines().filter((l) => l.endsWith(JEAN))).toHaveLength(4);
    expect(reminderLines().filter((l) => l.endsWith("referent@lyon.fr"))).toEqual([
      "Mon 2026-06-08 14:00 report_reminder/snooze_follow_up → referent@lyon.fr",
    ]);
    expect(await kit.db.snooze.count({ where: { personId: marie.personId ?? "" } })).toBe(0);
    const audit = await kit.db.auditEvent.findMany({ where: { entityId: missionId, action: "snooze_reminders" } });
    expect(audit).toHaveLength(3);
  }, 120_000);

  it("an extension asked from a prompt and granted moves the prompts to the new deadline", async () => {
    const { missionId, jean } = await returnedMission();
    await live("2026-07-13T00:00:00Z", async (at) => {
      if (at.toISOString() === "2026-06-08T15:00:00.000Z") {
        const { value } = await requestExtension(kit.ctx, jean, { missionId, reason: "Traduction des annexes" });
        await decideExtension(kit.ctx, kit.daect, {
          extensionId: value.extensionId,
          decision: "grant",
          newDeadline: "2026-07-08",
        });
      }
    });
    expect(reminderLines().filter((l) => !l.endsWith(JEAN))).toEqual([
      `Mon 2026-05-11 08:00 report_reminder/report_30d_after_return → ${MARIE}`,
      `Wed 2026-05-27 08:00 report_reminder/report_14d_before → ${MARIE}`,
      `Mon 2026-06-08 08:00 report_reminder/report_3d_before → ${MARIE}`,
      // New deadline Wednesday 8 July: the chain starts again from it; no escalation on 11 June.
      `Wed 2026-06-24 08:00 report_reminder/report_14d_before → ${MARIE}`,
      `Mon 2026-07-06 08:00 report_reminder/report_3d_before → ${MARIE}`,
      `Wed 2026-07-08 08:00 report_reminder/report_due_today → ${MARIE}`,
      "Thu 2026-07-09 02:00 report_escalation/escalation → daect",
    ]);
    expect(slack.delivered.filter((d) => d.kind === "extension_requested")).toHaveLength(1);
    expect(teams.delivered.filter((d) => d.kind === "extension_decided" && d.to === JEAN)).toHaveLength(1);
  }, 120_000);
});

describe("reports waiting for validation (R1)", () => {
  it("reminds the body's focal point every seven days until it decides", async () => {
    const { missionId, marie, focal } = await returnedMission();
    kit.clock.set("2026-05-04T09:00:00Z");
    await submitReport(kit.ctx, marie, {
      missionId,
      objectAccount: "Diagnostic de la collecte",
      complementaryAction: false,
      longTermCooperation: true,
    });
    const sweepOn = async (iso: string) => {
      kit.clock.set(iso);
      return (await sweepReminders(kit.ctx)).queued;
    };
    expect(await sweepOn("2026-05-10T09:00:00Z")).toEqual({});
    expect(await sweepOn("2026-05-11T09:00:00Z")).toEqual({ validation_wait_7d: 1 });
    expect(await sweepOn("2026-05-12T09:00:00Z")).toEqual({});
    expect(await sweepOn("2026-05-18T09:00:00Z")).toEqual({ validation_wait_14d: 1 });
    const rows = await kit.db.outbox.findMany({
      where: { kind: "report_validation_reminder" },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => r.recipientId)).toEqual([focal.personId, focal.personId]);
    expect(JSON.parse(rows[1]?.payload ?? "{}")).toMatchObject({
      missionId,
      daysWaiting: 14,
      actions: ["open_report_review"],
    });
    await reviewReport(kit.ctx, focal, { missionId, decision: "validate" });
    expect(await sweepOn("2026-05-25T09:00:00Z")).toEqual({});
  });
});
