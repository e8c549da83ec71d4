import { type SlackBot, startSlackBot, textOf, USERS } from "../support/slack-bot";
import { missionValues, picked } from "../support/slack-form-values";
import { missionAwaitingReport } from "../support/slack-scenario";
import { labelledBody } from "../support/workflow-kit";

let bot: SlackBot;

beforeEach(async () => {
  bot = await startSlackBot();
});

afterEach(async () => {
  const rejections = [...bot.fake.rejections];
  await bot.close();
  expect(rejections).toEqual([]);
});

const ROWS_1 = JSON.stringify({ rows: ["r0"], next: 1 });

async function missionsOf(userId: string): Promise<string> {
  const index = bot.fake.calls("response_url").length;
  const reply = await bot.command(userId, "missions");
  expect(reply.status).toBe(200);
  return textOf((await bot.response(index)).args.blocks);
}

describe("Slack: a file says what happens next (issue 12 §4)", () => {
  it("shows the planned report deadline of a just-opened mission, and the country by name in each reader's language", async () => {
    const { labelId } = await labelledBody(bot.kit);
    const opened = await bot.submit({
      userId: USERS.daect.id,
      callbackId: "mission_form",
      privateMetadata: ROWS_1,
      values: missionValues(labelId),
    });
    expect(opened.body).toMatchObject({ response_action: "update" });

    // Last leg ends on Friday 10 April 2026: planned report deadline 10 June (R1), before any return is recorded.
    const daect = await missionsOf(USERS.daect.id);
    expect(daect).toContain("M-2026-0001* · Sénégal · Ville de Lyon");
    expect(daect).toContain("échéance prévue du rapport : 10 juin 2026");
    expect(daect).not.toContain("· SN ·");

    const missionary = await missionsOf(USERS.missionary.id);
    expect(missionary).toContain("M-2026-0001* · Senegal · Ville de Lyon");
    expect(missionary).toContain("planned report deadline: 10 June 2026");

    const home = textOf((await bot.home(USERS.missionary.id)).blocks);
    expect(home).toContain("planned report deadline: 10 June 2026");
  });

  it("shows the actual deadline, no longer labelled planned, once the return is recorded", async () => {
    await missionAwaitingReport(bot.kit);
    const daect = await missionsOf(USERS.daect.id);
    expect(daect).toContain("rapport avant le 10 juin 2026");
    expect(daect).not.toContain("prévue");
  });

  it("refuses two missionaries on a leg of one person, under the missionaries' field named by its label", async () => {
    const { labelId } = await labelledBody(bot.kit);
    const reply = await bot.submit({
      userId: USERS.daect.id,
      callbackId: "mission_form",
      privateMetadata: ROWS_1,
      values: missionValues(labelId, { "legs.r0.peopleCount": picked("1") }),
    });
    expect(reply.body).toEqual({
      response_action: "errors",
      errors: {
        "missionaries.0.email":
          "Missionnaires : 2 missionnaire(s) nommé(s), mais l’étape 1 à l’étranger part à 1 : nommez autant de missionnaires que de personnes qui partent, ou corrigez le nombre de personnes de l’étape.",
      },
    });
    expect(await bot.kit.db.mission.count()).toBe(0);
  });
});
