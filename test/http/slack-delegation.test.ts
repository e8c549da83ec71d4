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

async function ask(userId: string, text: string): Promise<string> {
  const index = bot.fake.calls("response_url").length;
  const reply = await bot.command(userId, text);
  expect(reply.status).toBe(200);
  return String((await bot.response(index)).args.text);
}

describe("/expect delegation (issue 13 §2)", () => {
  it("lets a focal point name a colleague of the body for an absence, and end it on return", async () => {
    await returnedMission(bot.kit);
    const index = bot.fake.calls("response_url").length;
    await bot.command(USERS.focal.id, "aide");
    expect(JSON.stringify((await bot.response(index)).args)).toContain("/expect delegation");
    const done = await ask(
      USERS.focal.id,
      "delegation <mailto:marie.durand@lyon.fr|marie.durand@lyon.fr> du 13/04/2026 au 24/04/2026",
    );
    expect(done).toContain("C’est noté : Marie Durand vous remplace du 13 avril 2026 au 24 avril 2026 inclus");
    const row = await bot.kit.db.delegation.findFirstOrThrow();
    expect(row).toMatchObject({ role: "focal_point", fromDate: "2026-04-13", toDate: "2026-04-24", revokedAt: null });
    expect(await ask(USERS.focal.id, "delegation marie.durand@lyon.fr du 13/04/2026 au 24/04/2026")).toContain(
      "vous remplace déjà",
    );
    expect(await ask(USERS.focal.id, "delegation fin")).toContain("votre délégation est terminée (1)");
    expect(await ask(USERS.focal.id, "delegation fin")).toBe("Vous n’aviez aucune délégation en cours.");
  });

  it("refuses a delegate of another embassy or body, a range in the past, and answers a missing date with its usage", async () => {
    await returnedMission(bot.kit);
    expect(await ask(USERS.focal.id, "delegation consul@ma.ambafrance.org du 13/04/2026 au 24/04/2026")).toContain(
      "ne fait pas partie de la même ambassade ou du même organisme",
    );
    expect(await ask(USERS.focal.id, "delegation marie.durand@lyon.fr du 01/04/2026 au 24/04/2026")).toContain(
      "est déjà passée",
    );
    expect(await ask(USERS.focal.id, "delegation marie.durand@lyon.fr du 13/04/2026")).toContain(
      "Usage : `/expect delegation",
    );
    // A missionary has no capacity to hand over: the command is not theirs.
    expect(await ask(USERS.missionary.id, "delegation referent@lyon.fr from 13/04/2026 to 24/04/2026")).not.toContain(
      "stands in",
    );
    expect(await bot.kit.db.delegation.count()).toBe(0);
  });

  it("lets DAECT name anyone for anyone, end it, and hand an application over within its body", async () => {
    const { applicationId } = await returnedMission(bot.kit);
    expect(
      await ask(
        USERS.daect.id,
        "admin delegation referent@lyon.fr consul@ma.ambafrance.org du 13/04/2026 au 24/04/2026",
      ),
    ).toBe("consul@ma.ambafrance.org remplace referent@lyon.fr du 13 avril 2026 au 24 avril 2026 inclus.");
    expect(await ask(USERS.daect.id, "admin delegation fin referent@lyon.fr")).toBe(
      "Délégation(s) de referent@lyon.fr terminée(s) : 1.",
    );
    expect(await ask(USERS.daect.id, "admin delegation referent@lyon.fr")).toContain(
      "Usage : `/expect admin delegation",
    );
    expect(
      await ask(USERS.focal.id, "admin delegation referent@lyon.fr marie.durand@lyon.fr 13/04/2026 24/04/2026"),
    ).toContain("réservée à d’autres rôles");
    expect(await ask(USERS.daect.id, `admin reaffecter ${applicationId} marie.durand@lyon.fr`)).toBe(
      "La candidature est désormais suivie par marie.durand@lyon.fr.",
    );
    expect(await ask(USERS.daect.id, `admin reaffecter ${applicationId} consul@ma.ambafrance.org`)).toContain(
      "n’appartient pas à l’organisme du dossier",
    );
  });
});
