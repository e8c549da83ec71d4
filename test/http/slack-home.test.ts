import { submitReport } from "../../src/workflow";
import { type SlackBot, startSlackBot, textOf, USERS, viewOf } from "../support/slack-bot";
import { missionAwaitingReport } from "../support/slack-scenario";
import { missionaryActor } from "../support/workflow-kit";

let bot: SlackBot;

beforeEach(async () => {
  bot = await startSlackBot();
});

afterEach(async () => {
  const rejections = [...bot.fake.rejections];
  await bot.close();
  expect(rejections).toEqual([]);
});

type Accessory = { accessory?: { action_id: string; value: string } };

describe("Slack App Home, per role", () => {
  it("shows DAECT the dashboard: stages, awaiting embassy, reports, reimbursements, coverage by country", async () => {
    await missionAwaitingReport(bot.kit);
    const home = await bot.home(USERS.daect.id);
    const text = textOf(home.blocks);
    expect(text).toContain("Tableau de bord DAECT");
    expect(text).toContain("rapport attendu : *1*");
    expect(text).toContain("Missions par pays");
    expect(text).toContain("Sénégal 1");
    expect(text).toContain("Nouvelle mission");
    expect(text).not.toContain("Candidater au label");
  });

  it("lists overdue reports for DAECT with the reimbursement button, which asks through the core", async () => {
    const { missionId } = await missionAwaitingReport(bot.kit);
    await bot.kit.db.mission.update({ where: { id: missionId }, data: { status: "report_overdue" } });
    const home = await bot.home(USERS.daect.id);
    const button = (home.blocks as Accessory[]).find((b) => b.accessory?.action_id === "reimbursement_request");
    expect(button?.accessory?.value).toBe(missionId);
    bot.fake.reset();
    await bot.click({
      userId: USERS.daect.id,
      actions: [{ actionId: "reimbursement_request", value: missionId }],
      view: { id: "VHOME", type: "home" },
    });
    await bot.fake.waitFor("views.publish");
    expect(await bot.kit.db.reimbursement.findUniqueOrThrow({ where: { missionId } })).toMatchObject({
      amountCents: 185000,
    });
  });

  it("shows a focal point its label, its missions and the reports to validate, with a button", async () => {
    const { missionId } = await missionAwaitingReport(bot.kit);
    await submitReport(bot.kit.ctx, await missionaryActor(bot.kit), {
      missionId,
      objectAccount: "Atelier de diagnostic.",
      complementaryAction: false,
      longTermCooperation: true,
    });
    const home = await bot.home(USERS.focal.id);
    const text = textOf(home.blocks);
    expect(text).toContain("Label EXPE-CT-2026-0001 (actif)");
    expect(text).toContain("Rapports à valider");
    const review = (home.blocks as Accessory[]).find((b) => b.accessory?.action_id === "report_review_open");
    expect(review?.accessory?.value).toBe(missionId);
    bot.fake.reset();
    await bot.click({
      userId: USERS.focal.id,
      actions: [{ actionId: "report_review_open", value: missionId }],
      view: { id: "VHOME", type: "home" },
    });
    const form = viewOf(await bot.fake.waitFor("views.update"));
    expect(form.callback_id).toBe("report_review_form");
    expect(textOf(form.blocks)).toContain("Atelier de diagnostic.");
  });

  it("shows a missionary each report due with the days left, and the button opens the form", async () => {
    const { missionId } = await missionAwaitingReport(bot.kit);
    const home = await bot.home(USERS.missionary.id);
    const text = textOf(home.blocks);
    expect(text).toContain("Your missions");
    expect(text).toContain("58 day(s) left");
    expect(text).toContain("10 June 2026");
    const write = (home.blocks as Accessory[]).find((b) => b.accessory?.action_id === "report_open");
    expect(write?.accessory?.value).toBe(missionId);
    bot.fake.reset();
    await bot.click({
      userId: USERS.missionary.id,
      actions: [{ actionId: "report_open", value: missionId }],
      view: { id: "VHOME", type: "home" },
    });
    const loading = viewOf(await bot.fake.waitFor("views.open"));
    expect(loading.callback_id).toBe("loading");
    const form = viewOf(await bot.fake.waitFor("views.update"));
    expect(form.callback_id).toBe("report_form");
  });

  it("offers a person with no role the application form", async () => {
    bot.fake.addUser({ id: "U0NEW", email: "dgs@ville-exemple.fr", locale: "fr-FR", realName: "Nouveau Venu" });
    const home = await bot.home("U0NEW");
    expect(textOf(home.blocks)).toContain("Candidater au label");
    bot.fake.reset();
    await bot.click({
      userId: "U0NEW",
      actions: [{ actionId: "application_open", value: "open" }],
      view: { id: "VHOME", type: "home" },
    });
    expect(viewOf(await bot.fake.waitFor("views.open")).callback_id).toBe("application_form");
  });
});
