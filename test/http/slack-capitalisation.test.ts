import { capitalisedMissions } from "../support/capitalisation-scenario";
import { type SlackBot, startSlackBot, textOf, USERS } from "../support/slack-bot";

let bot: SlackBot;

beforeAll(async () => {
  bot = await startSlackBot();
  await capitalisedMissions(bot.kit);
});

afterAll(async () => {
  const rejections = [...bot.fake.rejections];
  await bot.close();
  expect(rejections).toEqual([]);
});

describe("Slack App Home: capitalisation (issue 13 §4)", () => {
  it("shows DAECT the last three years and the countries, with late reports, reimbursements and follow-ups", async () => {
    const text = textOf((await bot.home(USERS.daect.id)).blocks);
    expect(text).toContain("*Capitalisation*");
    expect(text).toContain(
      "• 2027 : *1* mission(s) · 1 rapport(s) en retard · remboursements : 0 demandé(s), 0 remboursé(s) · suites : 0 action(s) complémentaire(s), 1 coopération(s) durable(s)",
    );
    expect(text).toContain(
      "• 2026 : *2* mission(s) · 1 rapport(s) en retard · remboursements : 1 demandé(s), 1 remboursé(s) · suites : 1 action(s) complémentaire(s), 1 coopération(s) durable(s)",
    );
    expect(text).toContain("• 2025 : *0* mission(s)");
    expect(text).toContain("• Sénégal : *2* mission(s) · 1 rapport(s) en retard");
    expect(text).toContain("2 coopération(s) durable(s)");
    expect(text).toContain("• Maroc : *1* mission(s) · 1 rapport(s) en retard · remboursements : 1 demandé(s)");
    // Sénégal (2 missions) before Maroc (1).
    expect(text.indexOf("• Sénégal")).toBeLessThan(text.indexOf("• Maroc"));
  });

  it("is not shown to a body's focal point nor to a missionary", async () => {
    for (const user of [USERS.focal, USERS.missionary]) {
      const text = textOf((await bot.home(user.id)).blocks);
      expect(text).not.toMatch(/Capitalisation|mission\(s\) ·/);
    }
  });
});
