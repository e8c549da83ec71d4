import { type SlackBot, startSlackBot, textOf, USERS, viewOf } from "../support/slack-bot";
import { missionAwaitingReport } from "../support/slack-scenario";
import { labelledBody, openedMission } from "../support/workflow-kit";

let bot: SlackBot;

beforeEach(async () => {
  bot = await startSlackBot();
});

afterEach(async () => {
  const rejections = [...bot.fake.rejections];
  await bot.close();
  expect(rejections).toEqual([]);
});

/** Another body's mission, which Lyon's focal point and missionary have no part in. */
async function lilleMission() {
  const lille = await labelledBody(bot.kit, "Métropole de Lille", "referent@lille.fr");
  return openedMission(bot.kit, lille.labelId, {
    missionaries: [{ email: "expert@lille.fr", name: "Eve Expert" }],
    // M4: one missionary goes, so the leg abroad counts one person.
    legs: [{ kind: "outbound", startDate: "2026-04-06", endDate: "2026-04-10", peopleCount: 1 }],
  });
}

describe("Slack: reads are authorised like writes", () => {
  it("a missionary's forged 'ask for more time' on another mission is refused and opens nothing", async () => {
    const missionId = await lilleMission();
    await missionAwaitingReport(bot.kit);
    bot.fake.reset();
    await bot.click({
      userId: USERS.missionary.id,
      channelId: "D0MARIE",
      messageTs: "1700000000.000200",
      actions: [{ actionId: "extension_open", value: missionId }],
    });
    const told = await bot.fake.waitFor("chat.postEphemeral");
    expect(told.args.text).toContain("You are not part of this mission");
    expect(textOf(told.args)).not.toMatch(/M-2026-0001|Lille|Eve Expert/);
    expect(bot.fake.calls("views.open")).toEqual([]);
  });

  it("a focal point's forged review of another body's mission shows the refusal, nothing of the mission", async () => {
    const missionId = await lilleMission();
    await missionAwaitingReport(bot.kit);
    bot.fake.reset();
    await bot.click({
      userId: USERS.focal.id,
      actions: [{ actionId: "report_review_open", value: missionId }],
      view: { id: "VHOME", type: "home" },
    });
    const modal = viewOf(await bot.fake.waitFor("views.update"));
    expect(textOf(modal.blocks)).toContain("Ce dossier relève d’une autre collectivité que la vôtre");
    expect(textOf(modal.blocks)).not.toMatch(/M-2026-0001|Lille|Eve Expert/);
  });

  it("the mission form's label search lists nothing to someone other than DAECT", async () => {
    await labelledBody(bot.kit);
    const options = await bot.suggest(USERS.focal.id, "mission_label_search", "labelId", "lyon");
    expect(options.body).toEqual({ options: [] });
  });
});
