import { type SlackBot, startSlackBot, USERS } from "../support/slack-bot";
import { returnedMission } from "../support/workflow-kit";

let bot: SlackBot;

beforeEach(async () => {
  bot = await startSlackBot();
});

afterEach(async () => {
  const rejections = [...bot.fake.rejections];
  await bot.close();
  expect(rejections).toEqual([]);
});

async function ask(userId: string, text: string) {
  const index = bot.fake.calls("response_url").length;
  const reply = await bot.command(userId, text);
  expect(reply.status).toBe(200);
  expect(reply.text).toBe("");
  return bot.response(index);
}

describe("/expect admin export-personne (RGPD right of access from Slack)", () => {
  it("sends DAECT everything held about the person as a JSON file in its DM with the bot", async () => {
    const { reference } = await returnedMission(bot.kit);
    // Marie has used Slack: her account is linked, and the export says so.
    await ask(USERS.missionary.id, "aide");
    const reply = await ask(USERS.daect.id, "admin export-personne <mailto:Marie.Durand@lyon.fr|Marie.Durand@lyon.fr>");
    expect(reply.args.text).toBe(
      "Les données de Marie.Durand@lyon.fr sont dans votre messagerie avec EXPE-CT (fichier JSON).",
    );
    expect(bot.fake.uploads).toHaveLength(1);
    const [file] = bot.fake.uploads;
    expect(file).toMatchObject({ channelId: "D0DAECT", filename: "expect-personne-2026-04-11.json" });
    const data = JSON.parse(file?.bytes.toString("utf8") ?? "");
    expect(data.person).toMatchObject({ email: "marie.durand@lyon.fr", name: "Marie Durand" });
    expect(data.platformLinks.slack.account).toMatchObject({ slackUserId: USERS.missionary.id });
    expect(data.platformLinks.teams).toBeNull();
    expect(data.missions.asMissionary).toMatchObject([{ reference }]);
    expect(Object.keys(data)).toEqual(
      expect.arrayContaining(["roles", "reports", "decisions", "audit", "notifications"]),
    );
  });

  it("is refused to anyone but DAECT, and says so for an unknown address or a missing one", async () => {
    await returnedMission(bot.kit);
    const focal = await ask(USERS.focal.id, "admin export-personne marie.durand@lyon.fr");
    expect(focal.args.text).toContain("réservée à d’autres rôles");
    const committee = await ask(USERS.committee.id, "admin export-person marie.durand@lyon.fr");
    expect(committee.args.text).toContain("réservée à d’autres rôles");
    const unknown = await ask(USERS.daect.id, "admin export-personne personne@nulle-part.fr");
    expect(unknown.args.text).toBe("Aucune personne du programme n’a cette adresse e-mail : vérifiez-la.");
    const usage = await ask(USERS.daect.id, "admin export-personne");
    expect(usage.args.text).toContain("/expect admin export-personne");
    expect(bot.fake.uploads).toHaveLength(0);
  });
});
