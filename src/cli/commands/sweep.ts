import { DateTime } from "luxon";
import { advanceMissions, type PlannedSend, planSweep, queuedCount, sweepReminders } from "../../workflow";
import { type CliCommand, UsageError } from "../command";
import { printTable } from "../table";

function parseArgs(args: string[], timeZone: string): { dryRun: boolean; at: Date | undefined } {
  let dryRun = false;
  let at: Date | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--dry-run") dryRun = true;
    else if (arg === "--at") {
      const value = args[++i] ?? "";
      // A time without an offset is read in TZ_DEFAULT, the zone DAECT thinks in.
      const parsed = DateTime.fromISO(value, { zone: timeZone });
      if (!parsed.isValid) throw new UsageError("bad_at", { value });
      at = parsed.toJSDate();
    } else throw new UsageError("unknown_argument", { arg: arg ?? "" });
  }
  if (at && !dryRun) throw new UsageError("at_needs_dry_run");
  return { dryRun, at };
}

function localTime(at: Date, zone: string): string {
  return `${DateTime.fromJSDate(at, { zone }).toFormat("yyyy-MM-dd HH:mm")} ${zone}`;
}

function why(send: PlannedSend, defaultZone: string): string {
  const zone = send.recipient.type === "person" ? send.recipient.timeZone : defaultZone;
  switch (send.state.status) {
    case "send":
      return "sends";
    case "quiet_hours":
      return `waits: quiet hours, until ${localTime(send.state.until, zone)}`;
    case "snoozed":
      return `waits: snooze, until ${localTime(send.state.until, zone)}`;
    case "already_sent":
      return "already sent";
  }
}

export const sweep: CliCommand = {
  name: "sweep",
  usage: "sweep [--dry-run [--at <ISO date-time>]]",
  summary: "advance missions by their dates and queue the due reminders now; --dry-run lists what would go out",
  async run(args, { ctx, io, timeZone }) {
    const { dryRun, at } = parseArgs(args, timeZone);
    if (dryRun) {
      const instant = at ?? ctx.clock.now();
      const plan = await planSweep(ctx, instant, { defaultTimeZone: timeZone });
      io.out(`dry run at ${localTime(instant, timeZone)}: nothing is written or sent`);
      const rows = plan.map((p) => [
        p.recipient.type === "person" ? `${p.recipient.name} <${p.recipient.email}>` : `#${p.recipient.channel}`,
        p.kind,
        p.reference,
        p.dueOn,
        why(p, timeZone),
      ]);
      printTable(io, ["recipient", "kind", "mission/label", "due on", "status"], rows);
      io.out(`${plan.filter((p) => p.state.status === "send").length} to send, ${plan.length} due in all`);
      return;
    }
    const moved = await advanceMissions(ctx);
    io.out(
      `missions: ${moved.departed.length} departed, ${moved.returned.length} returned, ${moved.overdue.length} overdue`,
    );
    const summary = await sweepReminders(ctx, { defaultTimeZone: timeZone });
    const byKind = Object.entries(summary.queued)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(", ");
    io.out(`reminders queued: ${queuedCount(summary)}${byKind ? ` (${byKind})` : ""}`);
    io.out(
      `held for quiet hours: ${summary.heldForQuietHours}, snoozed: ${summary.snoozed}, already sent: ${summary.alreadySent}`,
    );
    io.out("delivery is done by the running bot (outbox job)");
  },
};
