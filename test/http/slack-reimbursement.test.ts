import { requestReimbursement, submitReport } from "../../src/workflow";
import { type SlackBot, startSlackBot, textOf, USERS, viewOf } from "../support/slack-bot";
import { typed } from "../support/slack-form-values";
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

type Block = { type: string; elements?: { action_id: string; value: string }[] };
const buttons = (blocks: unknown) => ((blocks ?? []) as Block[]).flatMap((b) => b.elements ?? []);
const HOME = { id: "VHOME", type: "home" };

/** Lyon's mission, its report overdue, and the reimbursement asked for by DAECT through the core. */
async function reimbursementRequested() {
  const scenario = await missionAwaitingReport(bot.kit);
  await bot.kit.db.mission.update({ where: { id: scenario.missionId }, data: { status: "report_overdue" } });
  await requestReimbursement(bot.kit.ctx, bot.kit.daect, { missionId: scenario.missionId });
  return scenario;
}

const statusOf = async (missionId: string) =>
  (await bot.kit.db.mission.findUniqueOrThrow({ where: { id: missionId } })).status;

describe("Slack: DAECT settles a reimbursement (R2)", () => {
  it("records the money received from the App Home, once, and refuses a focal point by DM", async () => {
    const { missionId } = await reimbursementRequested();
    const home = await bot.home(USERS.daect.id);
    expect(textOf(home.blocks)).toContain("Remboursements demandés");
    const offered = buttons(home.blocks).filter((b) => b.value === missionId);
    expect(offered.map((b) => b.action_id)).toEqual(["reimbursement_paid", "reimbursement_waive_open"]);

    // The focal point cannot (a crafted click): told in a DM, nothing written.
    await bot.home(USERS.focal.id);
    bot.fake.reset();
    await bot.click({
      userId: USERS.focal.id,
      actions: [{ actionId: "reimbursement_paid", value: missionId }],
      view: HOME,
    });
    const refused = await bot.fake.waitFor("chat.postMessage", (c) => c.args.channel === USERS.focal.id);
    expect(refused.args.text).toContain("il faut être membre de l’équipe DAECT");
    expect(await statusOf(missionId)).toBe("reimbursement_requested");

    for (let click = 0; click < 2; click++) {
      bot.fake.reset();
      await bot.click({
        userId: USERS.daect.id,
        actions: [{ actionId: "reimbursement_paid", value: missionId }],
        view: HOME,
      });
      await bot.fake.waitFor("views.publish");
    }
    expect(await statusOf(missionId)).toBe("reimbursed");
    expect(await bot.kit.db.reimbursement.findUniqueOrThrow({ where: { missionId } })).toMatchObject({
      status: "paid",
    });
    expect(await bot.kit.db.auditEvent.count({ where: { entityType: "reimbursement", action: "paid" } })).toBe(1);
    expect(bot.fake.calls("chat.postMessage")).toEqual([]);
  });

  it("offers to settle a late report in the DAECT channel; waiving takes an optional note", async () => {
    const { missionId } = await reimbursementRequested();
    await submitReport(bot.kit.ctx, await missionaryActor(bot.kit), {
      missionId,
      objectAccount: "Atelier de diagnostic, remis tard.",
      complementaryAction: false,
      longTermCooperation: false,
    });
    bot.fake.reset();
    await bot.deliver();
    const late = bot.fake
      .calls("chat.postMessage")
      .find((c) => c.args.channel === "C0DAECT" && String(c.args.text).startsWith("Rapport tardif"));
    expect(late?.args.text).toContain("Rapport tardif reçu pour la mission");
    expect(buttons(late?.args.blocks).map((b) => b.action_id)).toEqual([
      "reimbursement_paid",
      "reimbursement_waive_open",
    ]);
    const at = { channelId: "C0DAECT", messageTs: String(late?.response.ts) };

    await bot.click({
      userId: USERS.focal.id,
      ...at,
      actions: [{ actionId: "reimbursement_waive_open", value: missionId }],
    });
    const refused = await bot.fake.waitFor("chat.postEphemeral", (c) => c.args.user === USERS.focal.id);
    expect(refused.args.text).toContain("il faut être membre de l’équipe DAECT");
    expect(bot.fake.calls("views.open")).toEqual([]);

    await bot.click({
      userId: USERS.daect.id,
      ...at,
      actions: [{ actionId: "reimbursement_waive_open", value: missionId }],
    });
    const form = viewOf(await bot.fake.waitFor("views.open"));
    expect(form.callback_id).toBe("reimbursement_waive_form");
    const waive = () =>
      bot.submit({
        userId: USERS.daect.id,
        callbackId: "reimbursement_waive_form",
        privateMetadata: form.private_metadata,
        values: { note: typed("Rapport reçu, de bonne qualité") },
      });
    expect((await waive()).body).toMatchObject({ response_action: "update" });
    expect((await waive()).body).toMatchObject({ response_action: "update" });
    expect(await statusOf(missionId)).toBe("waived");
    expect(await bot.kit.db.reimbursement.findUniqueOrThrow({ where: { missionId } })).toMatchObject({
      status: "waived",
      note: "Rapport reçu, de bonne qualité",
    });
    expect(await bot.kit.db.auditEvent.count({ where: { entityType: "reimbursement", action: "waived" } })).toBe(1);
  });

  it("turns the proposal into settle buttons once asked, then offers to close the file", async () => {
    const { missionId } = await missionAwaitingReport(bot.kit);
    await bot.kit.db.mission.update({ where: { id: missionId }, data: { status: "report_overdue" } });
    const at = { channelId: "C0DAECT", messageTs: "1700000000.000100" };
    await bot.click({
      userId: USERS.daect.id,
      ...at,
      actions: [{ actionId: "reimbursement_request", value: missionId }],
    });
    const asked = await bot.fake.waitFor("chat.update");
    expect(buttons(asked.args.blocks).map((b) => b.action_id)).toEqual([
      "reimbursement_paid",
      "reimbursement_waive_open",
    ]);

    bot.fake.reset();
    await bot.click({ userId: USERS.daect.id, ...at, actions: [{ actionId: "reimbursement_paid", value: missionId }] });
    const paid = await bot.fake.waitFor("chat.update");
    expect(paid.args.text).toContain("Remboursement reçu");
    expect(buttons(paid.args.blocks).map((b) => b.action_id)).toEqual(["mission_close"]);

    bot.fake.reset();
    await bot.click({ userId: USERS.daect.id, ...at, actions: [{ actionId: "mission_close", value: missionId }] });
    expect((await bot.fake.waitFor("chat.update")).args.text).toContain("Dossier clos");
    expect(await statusOf(missionId)).toBe("closed");
  });
});
