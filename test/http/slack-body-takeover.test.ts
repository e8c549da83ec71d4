import { advanceMissions, confirmMission, decideAsEmbassy, submitReport } from "../../src/workflow";
import { type SlackBot, startSlackBot, textOf, USERS, viewOf } from "../support/slack-bot";
import { applicationValues, typed } from "../support/slack-form-values";
import { importedBody, missionaryActor, openedMission } from "../support/workflow-kit";

let bot: SlackBot;

/** Someone with no role, who files an application in the name of a body imported from the PACT history. */
const STRANGER = { id: "U0INTRUS", email: "x@intrus.fr", locale: "fr-FR", realName: "Ivan Intrus" };
const HOME = { id: "VHOME", type: "home" };

beforeEach(async () => {
  bot = await startSlackBot();
  bot.fake.addUser(STRANGER);
});

afterEach(async () => {
  const rejections = [...bot.fake.rejections];
  await bot.close();
  expect(rejections).toEqual([]);
});

/** The file the kit's committee member (who declared no tie) opens from the committee's message. */
async function fileOf(applicationId: string, ts: string): Promise<string> {
  bot.fake.reset();
  await bot.click({
    userId: USERS.committee.id,
    channelId: "C0COMITE",
    messageTs: ts,
    actions: [{ actionId: "committee_details", value: applicationId }],
  });
  return textOf(viewOf(await bot.fake.waitFor("views.open")).blocks);
}

async function apply(userId: string, organisation: string) {
  const reply = await bot.submit({
    userId,
    callbackId: "application_form",
    privateMetadata: JSON.stringify({ rows: ["r0"], next: 1 }),
    values: applicationValues({ organisationName: typed(organisation) }),
  });
  expect(reply.body).toMatchObject({ response_action: "update" });
  return bot.kit.db.application.findFirstOrThrow({
    where: { organisation: { name: organisation } },
    orderBy: { submittedAt: "desc" },
  });
}

/** A forged click of `actionId` on `value` from the App Home; what the bot DMs back to the clicker. */
async function forged(userId: string, actionId: string, value: string) {
  bot.fake.reset();
  await bot.click({ userId, actions: [{ actionId, value }], view: HOME });
  return bot.fake.waitFor("chat.postMessage", (c) => c.args.channel === userId);
}

const buttonIds = (blocks: unknown) => (textOf(blocks).match(/"action_id":"[a-z_0-9]+"/g) ?? []).join(" ");

describe("Slack: applying in a body's name takes nothing over", () => {
  it("the stranger sees their pending application and nothing of the imported body", async () => {
    const nantes = await importedBody(bot.kit);
    const missionId = await openedMission(bot.kit, nantes.labelId);
    const app = await apply(STRANGER.id, "Ville de Nantes");
    expect(app.organisationId).toBe(nantes.organisationId);

    const home = textOf((await bot.home(STRANGER.id)).blocks);
    expect(home).toContain("Vos candidatures en cours");
    expect(home).toContain("Ville de Nantes");
    expect(home).toContain(`"action_id":"application_withdraw","value":"${app.id}"`);
    expect(home).not.toContain("PACT3-2018-012");
    expect(home).not.toContain("Votre collectivité");
    expect(home).not.toContain("M-2026-0001");

    const index = bot.fake.calls("response_url").length;
    await bot.command(STRANGER.id, "missions");
    const listed = await bot.response(index);
    expect(listed.args.text).toContain("Aucun dossier de mission en cours pour vous");
    expect(textOf(listed.args.blocks)).not.toContain("M-2026-0001");

    // A forged review button shows the refusal in the modal, and nothing of the mission.
    bot.fake.reset();
    await bot.click({
      userId: STRANGER.id,
      actions: [{ actionId: "report_review_open", value: missionId }],
      view: HOME,
    });
    const modal = viewOf(await bot.fake.waitFor("views.update"));
    expect(textOf(modal.blocks)).toContain("Vous ne faites pas partie de cette mission");
    expect(textOf(modal.blocks)).not.toMatch(/M-2026-0001|Saint-Louis|Nantes/);
  });

  it("refuses the stranger's forged clicks: confirm the mission, validate its report, withdraw another's file", async () => {
    const nantes = await importedBody(bot.kit);
    const missionId = await openedMission(bot.kit, nantes.labelId);
    await decideAsEmbassy(bot.kit.ctx, bot.kit.embassySN, { missionId, decision: "validate" });
    await apply(STRANGER.id, "Ville de Nantes");

    expect((await forged(STRANGER.id, "mission_confirm", missionId)).args.text).toContain(
      "Pour confirmer cette mission, il faut être référent",
    );
    expect((await bot.kit.db.mission.findUniqueOrThrow({ where: { id: missionId } })).status).toBe("validated");

    await confirmMission(bot.kit.ctx, bot.kit.daect, { missionId });
    bot.kit.clock.set("2026-04-11T08:00:00Z");
    await advanceMissions(bot.kit.ctx);
    await advanceMissions(bot.kit.ctx);
    await submitReport(bot.kit.ctx, await missionaryActor(bot.kit), {
      missionId,
      objectAccount: "Diagnostic de la collecte.",
      complementaryAction: false,
      longTermCooperation: true,
    });
    expect((await forged(STRANGER.id, "report_validate", missionId)).args.text).toMatch(
      /Pour valider ou renvoyer ce rapport, il faut être référent|Ce dossier relève d’une autre collectivité/,
    );
    expect((await bot.kit.db.report.findUniqueOrThrow({ where: { missionId } })).status).toBe("submitted");

    const lyon = await apply(USERS.focal.id, "Ville de Lyon");
    expect((await forged(STRANGER.id, "application_withdraw", lyon.id)).args.text).toContain(
      "Pour retirer cette candidature, il faut être",
    );
    expect((await bot.kit.db.application.findUniqueOrThrow({ where: { id: lyon.id } })).status).toBe("submitted");
  });

  it("warns the committee that the body is known and names who approval makes focal point", async () => {
    await importedBody(bot.kit, "Ville de Nantes", "2020-12-31");
    const app = await apply(STRANGER.id, "Ville de Nantes");
    expect(await bot.deliver()).toMatchObject({ sent: 1, dead: 0 });
    const post = bot.fake.calls("chat.postMessage").find((c) => c.args.channel === "C0COMITE");
    // The channel's message names the body only; the warning is in the file a declared member opens.
    expect(textOf(post?.args.blocks)).not.toContain("Ivan Intrus");
    const text = await fileOf(app.id, String(post?.response.ts));
    expect(text).toContain("Collectivité déjà connue");
    expect(text).toContain("label PACT3-2018-012 (expiré, valable jusqu’au 31 décembre 2020)");
    expect(text).toContain("référent·e : aucun·e");
    expect(text).toContain("*Ivan Intrus*, qui l’a déposée, deviendra référent·e");

    bot.fake.reset();
    await bot.click({
      userId: USERS.committee.id,
      channelId: "C0COMITE",
      messageTs: String(post?.response.ts),
      actions: [{ actionId: "committee_approve", value: app.id }],
    });
    await bot.fake.waitFor("chat.update");
    expect(await fileOf(app.id, String(post?.response.ts))).not.toContain("Collectivité déjà connue");
    // Approved, the applicant of a body that had no focal point is now its focal point, and sees its label.
    const home = await bot.home(STRANGER.id);
    expect(textOf(home.blocks)).toContain("Votre collectivité");
    expect(textOf(home.blocks)).toContain("Label EXPE-CT-2026-0001 (actif)");
    expect(buttonIds(home.blocks)).not.toContain("application_withdraw");
  });

  it("tells the committee of a new body who will become its focal point, without a warning", async () => {
    const app = await apply(USERS.focal.id, "Ville de Lyon");
    expect(await bot.deliver()).toMatchObject({ sent: 1, dead: 0 });
    const post = bot.fake.calls("chat.postMessage").find((c) => c.args.channel === "C0COMITE");
    const file = await fileOf(app.id, String(post?.response.ts));
    expect(file).not.toContain("déjà connue");
    expect(file).toContain("*Léa Référente*, qui l’a déposée, deviendra référent·e");
  });
});
