import { deliverDueNotifications } from "../../src/notify/deliver-due-notifications";
import type { DeliveryResult } from "../../src/notify/delivery-channel";
import { queuedCount, sweepReminders } from "../../src/workflow";
import { linkSlack, linkTeams, RecordingChannel, slackReach, teamsReach } from "../support/child-channel";
import { createKit, type Kit, labelledBody } from "../support/workflow-kit";

let kit: Kit;
afterEach(() => kit.close());

// Tuesday 5 May 2026, 11:00 in Paris; deadlines on 15 May.
const AT = "2026-05-05T09:00:00Z";

/** Twenty missions, one missionary on Slack and one on Teams each. */
async function seed() {
  kit = await createKit(AT);
  const body = await labelledBody(kit);
  for (let i = 0; i < 20; i++) {
    await kit.db.person.create({ data: { id: `s${i}`, email: `s${i}@lyon.fr`, name: `S ${i}` } });
    await linkSlack(kit.db, `s${i}`, `U${i}`);
    await kit.db.person.create({ data: { id: `t${i}`, email: `t${i}@lyon.fr`, name: `T ${i}` } });
    await linkTeams(kit.db, `t${i}`, `29:${i}`);
    await kit.db.mission.create({
      data: {
        reference: `M-2026-${String(i + 100).padStart(4, "0")}`,
        labelId: body.labelId,
        organisationId: body.organisationId,
        countryCode: "SN",
        foreignPartner: "Saint-Louis",
        nature: "expertise_request",
        expectedResult: "Plan",
        status: "report_due",
        startDate: "2026-03-10",
        endDate: "2026-03-15",
        returnedOn: "2026-03-15",
        reportDeadline: "2026-05-15",
        createdById: kit.daect.personId ?? "",
        missionaries: { create: [{ personId: `s${i}` }, { personId: `t${i}` }] },
      },
    });
  }
  await kit.db.outbox.deleteMany({});
}

describe("reminders through unreliable platforms", () => {
  it("429s with Retry-After, 5xx and timeouts from Slack and Teams: every prompt arrives once", async () => {
    await seed();
    const slack = new RecordingChannel("slack", kit.clock, slackReach(kit.db));
    const teams = new RecordingChannel("teams", kit.clock, teamsReach(kit.db));
    const limited: DeliveryResult = { status: "retry", error: "ratelimited", retryAfterSeconds: 20 };
    const down: DeliveryResult = { status: "retry", error: "HTTP 503" };
    slack.script.push(limited, { status: "sent" }, limited, down, new Error("socket hang up"), down);
    teams.script.push(down, down, { status: "retry", error: "HTTP 429", retryAfterSeconds: 5 }, new Error("ETIMEDOUT"));
    expect(queuedCount(await sweepReminders(kit.ctx))).toBe(40);
    for (let minute = 0; minute < 120; minute++) {
      kit.clock.set(new Date(new Date(AT).getTime() + minute * 60_000));
      if (minute % 15 === 0) await sweepReminders(kit.ctx);
      await deliverDueNotifications(kit.ctx, [slack, teams], { worker: "w", defaultTimeZone: "Europe/Paris" });
    }
    const delivered = [...slack.delivered, ...teams.delivered];
    expect(delivered).toHaveLength(40);
    expect(new Set(delivered.map((d) => d.to)).size).toBe(40);
    expect(slack.attempts.length).toBeGreaterThan(20);
    expect(teams.attempts.length).toBeGreaterThan(20);
    expect(await kit.db.outbox.count({ where: { status: { not: "sent" } } })).toBe(0);
  }, 60_000);
});
