import pino from "pino";
import { runCli } from "../../src/cli/program";
import { createIncidentReporter } from "../../src/errors/unexpected";
import { PERSONAL_DATA_HOLDERS } from "../../src/personal-data";
import { planSweep, snoozeReminders, sweepLabels, sweepReminders } from "../../src/workflow";
import { createKit, type Kit, returnedMission as returnedFromSenegal } from "../support/workflow-kit";

let kit: Kit;
let out: string[];
let err: string[];

beforeEach(async () => {
  kit = await createKit();
  out = [];
  err = [];
});
afterEach(() => kit.close());

const cli = (...argv: string[]) =>
  runCli(argv, {
    ctx: kit.ctx,
    timeZone: "Europe/Paris",
    personalData: PERSONAL_DATA_HOLDERS,
    incidents: createIncidentReporter({
      ctx: kit.ctx,
      logger: pino({ level: "silent" }),
      surface: "cli",
      alertsDaect: false,
    }),
    io: {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      readFile: () => "",
      writeFile: () => undefined,
    },
  });

/** Back on Friday 10 April 2026, report due on Wednesday 10 June. */
async function returnedMission() {
  const returned = await returnedFromSenegal(kit);
  return { ...returned, marie: returned.missionary };
}

async function counts() {
  return {
    outbox: await kit.db.outbox.count(),
    reminders: await kit.db.reminder.count(),
    snoozes: await kit.db.snooze.count(),
    audit: await kit.db.auditEvent.count(),
    missions: await kit.db.mission.findMany({ select: { status: true, version: true } }),
  };
}

describe("sweep dry run", () => {
  it("lists what would go out and why anything waits, without writing", async () => {
    const { reference, missionId, marie } = await returnedMission();
    // Sunday 7 June at 10:00 in Paris: the 3-days prompt is due, but it is the weekend.
    const before = await counts();
    expect(await cli("sweep", "--dry-run", "--at", "2026-06-07T10:00")).toBe(0);
    expect(await counts()).toEqual(before);
    expect(out[0]).toBe("dry run at 2026-06-07 10:00 Europe/Paris: nothing is written or sent");
    expect(out[1]).toMatch(/^recipient\s+kind\s+mission\/label\s+due on\s+status$/);
    expect(out.slice(3, 5)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^jean.martin <jean.martin@lyon.fr>\\s+report_3d_before\\s+${reference}\\s+2026-06-07\\s+waits: quiet hours, until 2026-06-08 08:00 Europe/Paris$`,
        ),
      ),
      expect.stringMatching(
        /^Marie Durand <marie.durand@lyon.fr>\s+report_3d_before .* waits: quiet hours, until 2026-06-08 08:00/,
      ),
    ]);
    expect(out.at(-1)).toBe("0 to send, 2 due in all");

    // Friday 5 June: Marie snoozes three days; on Monday 8 June at 09:00 Jean's prompt is already out.
    kit.clock.set("2026-06-05T08:00:00Z");
    await snoozeReminders(kit.ctx, marie, { missionId, days: 3 });
    kit.clock.set("2026-06-08T07:00:00Z");
    await sweepReminders(kit.ctx, { defaultTimeZone: "Europe/Paris" });
    await kit.db.snooze.update({
      where: { missionId_personId: { missionId, personId: marie.personId ?? "" } },
      data: { until: new Date("2026-06-08T12:00:00Z") },
    });
    await kit.db.outbox.deleteMany({ where: { recipientId: marie.personId } });
    await kit.db.reminder.deleteMany({ where: { recipientId: marie.personId } });
    out = [];
    expect(await cli("sweep", "--dry-run", "--at", "2026-06-08T09:00:00+02:00")).toBe(0);
    expect(out.slice(3, 5)).toEqual([
      expect.stringMatching(
        /^Marie Durand .* report_3d_before .* waits: snooze, until 2026-06-08 14:00 Europe\/Paris$/,
      ),
      expect.stringMatching(/^jean.martin .* report_3d_before .* already sent$/),
    ]);
    const plan = await planSweep(kit.ctx, new Date("2026-06-08T12:30:00Z"));
    expect(plan.map((p) => [p.recipient.type === "person" ? p.recipient.email : "", p.kind, p.state.status])).toEqual([
      ["marie.durand@lyon.fr", "report_3d_before", "send"],
      ["jean.martin@lyon.fr", "report_3d_before", "already_sent"],
    ]);
  });

  it("shows DAECT's escalation and label warnings too, and refuses --at without --dry-run", async () => {
    const { reference, labelId } = await returnedMission();
    const label = await kit.db.label.findUniqueOrThrow({ where: { id: labelId } });
    expect(await cli("sweep", "--dry-run", "--at", "2026-06-11T03:00")).toBe(0);
    expect(out.slice(3)).toEqual([
      expect.stringMatching(new RegExp(`^#daect\\s+escalation\\s+${reference}\\s+2026-06-11\\s+sends$`)),
      "1 to send, 1 due in all",
    ]);
    out = [];
    const warningDay = new Date(label.validUntil.getTime() - 30 * 86_400_000);
    await cli("sweep", "--dry-run", "--at", warningDay.toISOString());
    expect(out.join("\n")).toMatch(
      new RegExp(`Référent Ville de Lyon <referent@lyon.fr>\\s+label_expiry_30d_before\\s+${label.number}`),
    );
    expect(await cli("sweep", "--at", "2026-06-11T03:00")).toBe(2);
    expect(err.pop()).toMatch(/^--at ne s’emploie qu’avec --dry-run/);
    expect(await cli("sweep", "--dry-run", "--at", "demain")).toBe(2);
  });
});

describe("sweep now", () => {
  it("advances missions and queues the due reminders, printing counts", async () => {
    await returnedMission();
    kit.clock.set("2026-06-11T08:00:00Z");
    expect(await cli("sweep")).toBe(0);
    expect(out).toEqual([
      "missions: 0 departed, 0 returned, 1 overdue",
      "reminders queued: 1 (escalation 1)",
      "held for quiet hours: 0, snoozed: 0, already sent: 0",
      "delivery is done by the running bot (outbox job)",
    ]);
    out = [];
    await cli("sweep");
    expect(out[1]).toBe("reminders queued: 0");
    expect(out[2]).toBe("held for quiet hours: 0, snoozed: 0, already sent: 1");
  });

  it("labels job: warnings 90 and 30 days before to the focal points, then expiry", async () => {
    const { labelId, focal } = await returnedMission();
    const label = await kit.db.label.findUniqueOrThrow({ where: { id: labelId } });
    const day = 86_400_000;
    kit.clock.set(new Date(label.validUntil.getTime() - 91 * day));
    expect((await sweepLabels(kit.ctx)).warnings.queued).toEqual({});
    kit.clock.set(new Date(label.validUntil.getTime() - 89 * day));
    expect((await sweepLabels(kit.ctx)).warnings.queued).toEqual({ label_expiry_90d_before: 1 });
    expect((await sweepLabels(kit.ctx)).warnings.queued).toEqual({});
    kit.clock.set(new Date(label.validUntil.getTime() - 20 * day));
    expect((await sweepLabels(kit.ctx)).warnings.queued).toEqual({ label_expiry_30d_before: 1 });
    kit.clock.set(new Date(label.validUntil.getTime() + day));
    expect((await sweepLabels(kit.ctx)).expired).toEqual([labelId]);
    const rows = await kit.db.outbox.findMany({
      where: { recipientId: focal.personId, kind: { in: ["label_expiring", "label_expired"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => [r.kind, JSON.parse(r.payload).reminderKind])).toEqual([
      ["label_expiring", "label_expiry_90d_before"],
      ["label_expiring", "label_expiry_30d_before"],
      ["label_expired", undefined],
    ]);
    expect(JSON.parse(rows[0]?.payload ?? "{}")).toMatchObject({ labelId, number: label.number, daysLeft: 89 });
  });
});
