import { slackUserIdOf } from "../../src/slack/store/slack-accounts";
import { EXPORTS } from "../../src/workflow";
import { type SlackBot, startSlackBot, textOf, USERS, viewOf } from "../support/slack-bot";
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

async function ask(userId: string, text: string) {
  const index = bot.fake.calls("response_url").length;
  const reply = await bot.command(userId, text);
  expect(reply.status).toBe(200);
  expect(reply.text).toBe("");
  return bot.response(index);
}

describe("/expect over HTTP", () => {
  it("answers help in French by default, with the sub-commands of the caller's roles", async () => {
    const daect = await ask(USERS.daect.id, "aide");
    expect(daect.args).toMatchObject({ response_type: "ephemeral", text: "Commandes EXPE-CT" });
    const help = textOf(daect.args.blocks);
    for (const name of ["candidature", "rapport", "chercher", "missions", "mission", "export", "admin"]) {
      expect(help).toContain(`/expect ${name}`);
    }
    const focal = await ask(USERS.focal.id, "");
    expect(textOf(focal.args.blocks)).not.toContain("/expect admin");
    expect(textOf(focal.args.blocks)).not.toContain("/expect export");
  });

  it("speaks English to an English-locale user, under the English names", async () => {
    const reply = await ask(USERS.missionary.id, "help");
    expect(reply.args.text).toBe("EXPE-CT commands");
    expect(textOf(reply.args.blocks)).toContain("/expect apply");
    expect(textOf(reply.args.blocks)).toContain("/expect find");
  });

  it("never stays silent: unknown and forbidden sub-commands get a short answer", async () => {
    const unknown = await ask(USERS.focal.id, "bonjour");
    expect(unknown.args.text).toContain("« bonjour » n’est pas une commande EXPE-CT");
    const forbidden = await ask(USERS.focal.id, "mission");
    expect(forbidden.args.text).toContain("réservée à d’autres rôles");
    const admin = await ask(USERS.missionary.id, "admin grant x@y.fr daect");
    expect(admin.args.text).toContain("is for other roles");
    expect(bot.fake.calls("views.open")).toHaveLength(0);
  });

  it("tells a person Slack gives no e-mail for that it cannot identify them", async () => {
    bot.fake.addUser({ id: "U0GHOST", realName: "No Mail" });
    const reply = await ask("U0GHOST", "aide");
    expect(reply.args.text).toContain("pas d’adresse e-mail");
  });

  it("links the Slack account to the person by e-mail, with locale and time zone from the profile", async () => {
    bot.fake.addUser({ ...USERS.missionary, tz: "Africa/Dakar" });
    await ask(USERS.missionary.id, "help");
    const person = await bot.kit.db.person.findUniqueOrThrow({ where: { email: USERS.missionary.email } });
    expect(person).toMatchObject({ locale: "en", timeZone: "Africa/Dakar", preferredChannel: "slack" });
    expect(await slackUserIdOf(bot.kit.ctx, person.id)).toBe(USERS.missionary.id);
    expect(bot.fake.calls("users.info")[0]?.args).toMatchObject({ user: USERS.missionary.id, include_locale: "true" });
  });

  it("candidature opens the application modal on the command's trigger", async () => {
    const reply = await bot.command(USERS.focal.id, "candidature");
    expect(reply.status).toBe(200);
    const open = await bot.fake.waitFor("views.open");
    expect(open.args.trigger_id).toEqual(expect.any(String));
    const view = viewOf(open);
    expect(view.callback_id).toBe("application_form");
    const ids = view.blocks.map((b) => b.block_id);
    expect(ids).toEqual(
      expect.arrayContaining(["organisationName", "themes", "experts.r0.name", "commitmentAccepted"]),
    );
  });

  it("mission opens the form in one call, whose label search lists active labels", async () => {
    await labelledBody(bot.kit);
    await bot.command(USERS.daect.id, "mission");
    expect(viewOf(await bot.fake.waitFor("views.open")).callback_id).toBe("mission_form");
    expect(bot.fake.calls("views.update")).toHaveLength(0);
    const options = await bot.suggest(USERS.daect.id, "mission_label_search", "labelId", "lyon");
    expect(options.body).toEqual({
      options: [
        {
          text: { type: "plain_text", text: expect.stringMatching(/^Ville de Lyon · EXPE-CT-2026-0001$/), emoji: true },
          value: expect.any(String),
        },
      ],
    });
  });

  it("rapport explains when no report is awaited, and otherwise opens R3's form for the mission", async () => {
    await bot.command(USERS.missionary.id, "report");
    const none = await bot.fake.waitFor("views.update");
    expect(textOf(viewOf(none).blocks)).toContain("No report is expected from you");
    bot.fake.reset();
    const { missionId } = await missionAwaitingReport(bot.kit);
    await bot.command(USERS.missionary.id, "report");
    const form = viewOf(await bot.fake.waitFor("views.update"));
    expect(form.callback_id).toBe("report_form");
    expect(JSON.parse(form.private_metadata ?? "{}")).toEqual({ missionId });
    expect(form.blocks.map((b) => b.block_id)).toEqual(
      expect.arrayContaining(["objectAccount", "complementaryAction", "longTermCooperation"]),
    );
  });

  it("sollicitation opens M2's form for the focal point's body", async () => {
    await labelledBody(bot.kit);
    await bot.command(USERS.focal.id, "sollicitation");
    const form = viewOf(await bot.fake.waitFor("views.update"));
    expect(form.callback_id).toBe("solicitation_form");
    expect(textOf(form.blocks)).toContain("Ville de Lyon");
  });

  it("chercher finds labelled bodies by theme name, accents ignored", async () => {
    await labelledBody(bot.kit);
    const hit = await ask(USERS.focal.id, "chercher dechets et tri selectif");
    expect(textOf(hit.args.blocks)).toContain("Ville de Lyon");
    expect(textOf(hit.args.blocks)).toContain("Marie Durand");
    const miss = await ask(USERS.focal.id, "chercher volcanologie");
    expect(miss.args.text).toContain("Aucune collectivité labellisée");
    const usage = await ask(USERS.focal.id, "chercher");
    expect(usage.args.text).toContain("/expect chercher");
  });

  it("missions lists the caller's files with the button of the next step", async () => {
    const { missionId } = await missionAwaitingReport(bot.kit);
    const reply = await ask(USERS.missionary.id, "missions");
    const blocks = reply.args.blocks as { accessory?: { action_id: string; value: string } }[];
    expect(textOf(blocks)).toContain("M-2026-0001");
    expect(blocks.some((b) => b.accessory?.action_id === "report_open" && b.accessory.value === missionId)).toBe(true);
  });

  it("export uploads the CSV files into the DAECT person's DM", async () => {
    await labelledBody(bot.kit);
    const reply = await ask(USERS.daect.id, "export");
    expect(reply.args.text).toContain("3 fichier(s) CSV");
    expect(bot.fake.uploads.map((u) => u.filename).sort()).toEqual([
      "expect-labels-2026-03-02.csv",
      "expect-missions-2026-03-02.csv",
      "expect-reports-2026-03-02.csv",
    ]);
    expect(bot.fake.uploads.every((u) => u.channelId === "D0DAECT")).toBe(true);
    const labels = bot.fake.uploads.find((u) => u.filename.startsWith("expect-labels"));
    expect(labels?.bytes.toString("utf8")).toContain(EXPORTS.labels.join(","));
    expect(labels?.bytes.toString("utf8")).toContain("EXPE-CT-2026-0001");
  });

  it("admin grants and revokes roles and adds embassies, through the core", async () => {
    const embassy = await ask(USERS.daect.id, "admin ambassade BJ Ambassade de France au Bénin");
    expect(embassy.args.text).toBe("Ambassade ajoutée : Bénin — Ambassade de France au Bénin.");
    const grant = await ask(
      USERS.daect.id,
      "admin accorder <mailto:agent@bj.ambafrance.org|agent@bj.ambafrance.org> ambassade BJ",
    );
    expect(grant.args.text).toContain("Rôle accordé : agent@bj.ambafrance.org est ambassade BJ");
    const person = await bot.kit.db.person.findUniqueOrThrow({
      where: { email: "agent@bj.ambafrance.org" },
      include: { roles: true },
    });
    expect(person.roles).toMatchObject([{ role: "embassy", scope: "BJ" }]);
    const revoke = await ask(USERS.daect.id, "admin retirer agent@bj.ambafrance.org ambassade BJ");
    expect(revoke.args.text).toContain("Rôle retiré");
    const wrong = await ask(USERS.daect.id, "admin accorder agent@bj.ambafrance.org ambassade XX");
    expect(wrong.args.text).toContain("Aucune ambassade n’est enregistrée dans ce pays");
    const usage = await ask(USERS.daect.id, "admin");
    expect(usage.args.text).toContain("Usage");
  });

  it("refuses a bad signature and a stale timestamp with 401, running nothing", async () => {
    const { sendSlashCommand } = await import("../support/slack-request");
    bot.fake.reset();
    const bad = await sendSlashCommand(
      bot.target,
      { command: "/expect", userId: USERS.daect.id },
      { badSignature: true },
    );
    const stale = await sendSlashCommand(bot.target, { command: "/expect", userId: USERS.daect.id }, { stale: true });
    expect([bad.status, stale.status]).toEqual([401, 401]);
    await new Promise((r) => setTimeout(r, 100));
    expect(bot.fake.calls()).toHaveLength(0);
  });
});
