/**
 * Round trip of a Teams card action: an Action.Execute invoke posted over HTTP to /api/messages, through
 * the real SDK, the surface and the core on SQLite, until the updated card comes back in the response.
 * Run: npx tsx scripts/bench-teams-card.ts [clicks]   (default 100). Not a test: it prints p50/p99.
 */

import { VERB } from "../src/teams/constants";
import { AWA, chatOf, PAUL, startHarness } from "../test/http/teams-harness";
import globalSetup from "../test/support/global-setup";
import { labelledBody, openedMission } from "../test/support/workflow-kit";

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function summary(name: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1);
  return `${name}: n=${sorted.length} p50=${f(percentile(sorted, 50))} ms p99=${f(percentile(sorted, 99))} ms max=${f(sorted.at(-1) ?? 0)} ms`;
}

async function main(clicks: number): Promise<void> {
  globalSetup();
  const h = await startHarness();
  try {
    const { labelId } = await labelledBody(h.kit);
    await h.install(AWA);
    await h.install(PAUL);
    const missions: string[] = [];
    for (let i = 0; i < clicks; i++) {
      missions.push(await openedMission(h.kit, labelId, { foreignPartner: `Ville partenaire ${i + 1}` }));
    }
    while ((await h.deliver()).sent > 0);
    // The copy in Awa's chat of each mission's card: the click comes from it, as Teams sends replyToId.
    const awaCopy = new Map(
      h.fake
        .sent()
        .filter((s) => s.conversationId === chatOf(AWA) && s.activity.attachments)
        .map((s) => [s.activity.attachments[0].content.actions[0].data.missionId as string, s.id]),
    );
    const refresh: number[] = [];
    const decide: number[] = [];
    for (const missionId of missions) {
      refresh.push((await h.click(AWA, VERB.missionRefresh, { missionId })).elapsedMs);
    }
    for (const missionId of missions) {
      const res = await h.click(AWA, VERB.embassyValidate, { missionId, round: 0 }, awaCopy.get(missionId));
      if (!JSON.stringify(res.body).includes("Validée par")) throw new Error(`no decision for ${missionId}`);
      decide.push(res.elapsedMs);
    }
    await h.surface.idle();
    console.log(
      `Teams card action round trip over HTTP (${h.fake.sent().length} messages posted, ${h.fake.updates().length} copies updated in place)`,
    );
    console.log(summary("refresh (read)", refresh));
    console.log(summary("Valider (decision + audit + outbox)", decide));
  } finally {
    await h.close();
  }
}

main(Number(process.argv[2] ?? 100)).catch((error) => {
  console.error(error);
  process.exit(1);
});
