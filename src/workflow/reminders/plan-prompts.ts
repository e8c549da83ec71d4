import type { Db } from "../../db/client";
import { nextAllowedInstant } from "../../domain/quiet-hours";
import { dateIn } from "../../domain/time";
import { labelPrompts } from "./label-prompts";
import { missionPrompts } from "./mission-prompts";
import { chunks, type Prompt, type PromptStatus, type ResolvedReminderOptions } from "./prompt";
import { loadSnoozes, type SnoozeRow, snoozeKey } from "./snooze-follow-ups";
import { findClaimedKeys } from "./sweep-sql";

export type SweepJob = "reminders" | "labels";

export interface PlannedPrompt {
  prompt: Prompt;
  state: PromptStatus;
}

export interface Plan {
  planned: PlannedPrompt[];
  /** Ended snoozes the sweep removes: followed up by a prompt of the chain, or nothing left to remind of. */
  stale: SnoozeRow[];
}

async function claimedKeys(db: Db, keys: readonly string[]): Promise<Set<string>> {
  const claimed = new Set<string>();
  for (const batch of chunks(keys, 5000)) for (const key of await findClaimedKeys(db, batch)) claimed.add(key);
  return claimed;
}

/** Quiet hours depend on the zone only, at one instant: computed once per zone. */
function quietUntil(now: Date): (timeZone: string) => Date | null {
  const cache = new Map<string, Date | null>();
  return (timeZone) => {
    if (!cache.has(timeZone)) {
      const next = nextAllowedInstant(now, timeZone);
      cache.set(timeZone, next.getTime() === now.getTime() ? null : next);
    }
    return cache.get(timeZone) ?? null;
  };
}

function classify(
  prompt: Prompt,
  claimed: Set<string>,
  snoozed: Map<string, Date>,
  quiet: (timeZone: string) => Date | null,
): PromptStatus {
  if (claimed.has(prompt.key)) return { status: "already_sent" };
  if (prompt.recipient.type === "channel") return { status: "send" };
  if (prompt.missionId) {
    const until = snoozed.get(snoozeKey(prompt.missionId, prompt.recipient.personId));
    // Not claimed: the prompt goes out at the first sweep after the snooze, if still due then.
    if (until) return { status: "snoozed", until };
  }
  const until = quiet(prompt.recipient.timeZone);
  return until ? { status: "quiet_hours", until } : { status: "send" };
}

/**
 * What one job would send at `now` and why anything waits. The sweep claims what this returns as
 * send or quiet_hours (delivery holds the latter back); the dry run prints it as it is.
 */
export async function planPrompts(db: Db, now: Date, job: SweepJob, options: ResolvedReminderOptions): Promise<Plan> {
  const today = dateIn(now);
  const { policy, defaultTimeZone } = options;
  if (job === "labels") {
    const prompts = await labelPrompts(db, today, policy, defaultTimeZone);
    const claimed = await claimedKeys(
      db,
      prompts.map((p) => p.key),
    );
    const quiet = quietUntil(now);
    return {
      planned: prompts.map((prompt) => ({ prompt, state: classify(prompt, claimed, new Map(), quiet) })),
      stale: [],
    };
  }
  const prompts = await missionPrompts(db, now, today, policy, defaultTimeZone);
  const snoozes = await loadSnoozes(db, now, today, policy, defaultTimeZone);
  const all = [...prompts, ...snoozes.followUps];
  const claimed = await claimedKeys(
    db,
    all.map((p) => p.key),
  );
  const quiet = quietUntil(now);
  const planned = prompts.map((prompt) => ({ prompt, state: classify(prompt, claimed, snoozes.active, quiet) }));
  const prompted = new Set(
    planned
      .filter((p) => p.state.status === "send" || p.state.status === "quiet_hours")
      .filter((p) => p.prompt.notification === "report_reminder" && p.prompt.recipient.type === "person")
      .map((p) => snoozeKey(p.prompt.subjectId, (p.prompt.recipient as { personId: string }).personId)),
  );
  const stale = [...snoozes.stale];
  for (const followUp of snoozes.followUps) {
    const person = followUp.recipient.type === "person" ? followUp.recipient.personId : "";
    const state = classify(followUp, claimed, snoozes.active, quiet);
    // A prompt of the chain going out to the same person says the same thing: one message, not two.
    if (prompted.has(snoozeKey(followUp.subjectId, person)) || state.status === "already_sent") {
      stale.push({ missionId: followUp.subjectId, personId: person, until: followUp.endsSnooze?.until ?? now });
    } else planned.push({ prompt: followUp, state });
  }
  return { planned, stale };
}
