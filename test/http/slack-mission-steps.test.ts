import { advanceMissions, confirmMission, decideAsEmbassy, reviewReport, submitReport } from "../../src/workflow";
import { type SlackBot, startSlackBot, textOf, USERS, viewOf } from "../support/slack-bot";
import { typed } from "../support/slack-form-values";
import { missionAwaitingReport } from "../support/slack-scenario";
import { labelledBody, missionaryActor, openedMission } from "../support/workflow-kit";

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

async function homeOf(userId: string) {
  bot.fake.reset();
  await bot.openHome(userId);
  return viewOf(await bot.fake.waitFor("views.publish"));
}

const missionOf = (missionId: string) => bot.kit.db.mission.findUniqueOrThrow({ where: { id: missionId } });

/** Lyon's mission to Senegal (6–10 April 2026), validated, confirmed and under way on its last day. */
async function missionUnderway() {
  const body = await labelledBody(bot.kit);
  const missionId = await openedMission(bot.kit, body.labelId);
  await decideAsEmbassy(bot.kit.ctx, bot.kit.embassySN, { missionId, decision: "validate" });
  await confirmMission(bot.kit.ctx, body.focal, { missionId });
  bot.kit.clock.set("2026-04-06T08:00:00Z");
  await advanceMissions(bot.kit.ctx);
  bot.kit.clock.set("2026-04-10T16:00:00Z");
  return { ...body, missionId };
}

describe("Slack: DAECT cancels a mission before departure", () => {
  it("from `/expect missions`, with a required reason; a second submission changes nothing", async () => {
    const { labelId } = await labelledBody(bot.kit);
    const missionId = await openedMission(bot.kit, labelId);
    await bot.command(USERS.daect.id, "missions");
    const list = await bot.response(0);
    const cancel = buttons(list.args.blocks).find((b) => b.action_id === "mission_cancel_open");
    expect(cancel?.value).toBe(`${missionId}|M-2026-0001`);

    const at = { channelId: "D0DAECT", messageTs: "1700000000.000200" };
    await bot.click({
      userId: USERS.daect.id,
      ...at,
      actions: [{ actionId: "mission_cancel_open", value: cancel?.value }],
    });
    const form = viewOf(await bot.fake.waitFor("views.open"));
    expect(form.callback_id).toBe("mission_cancel_form");
    expect(textOf(form.blocks)).toContain("M-2026-0001");
    const submit = (reason: string | null) =>
      bot.submit({
        userId: USERS.daect.id,
        callbackId: "mission_cancel_form",
        privateMetadata: form.private_metadata,
        values: { reason: typed(reason) },
      });
    expect((await submit(null)).body).toMatchObject({
      response_action: "errors",
      errors: { reason: expect.any(String) },
    });
    expect((await missionOf(missionId)).status).toBe("awaiting_embassy");
    expect((await submit("La collectivité partenaire reporte l’atelier")).body).toMatchObject({
      response_action: "update",
    });
    expect((await submit("La collectivité partenaire reporte l’atelier")).body).toMatchObject({
      response_action: "update",
    });
    expect((await missionOf(missionId)).status).toBe("cancelled");
    expect(await bot.kit.db.auditEvent.count({ where: { entityId: missionId, action: "cancel" } })).toBe(1);
  });

  it("shows the button on DAECT's App Home only, and tells a focal point who tries that it is not theirs", async () => {
    const { labelId } = await labelledBody(bot.kit);
    const missionId = await openedMission(bot.kit, labelId);
    const daect = await homeOf(USERS.daect.id);
    expect(buttons(daect.blocks).map((b) => b.action_id)).toContain("mission_cancel_open");
    const focal = await homeOf(USERS.focal.id);
    expect(buttons(focal.blocks).map((b) => b.action_id)).not.toContain("mission_cancel_open");

    bot.fake.reset();
    const value = `${missionId}|M-2026-0001`;
    await bot.click({ userId: USERS.focal.id, actions: [{ actionId: "mission_cancel_open", value }], view: HOME });
    const refused = await bot.fake.waitFor("chat.postMessage", (c) => c.args.channel === USERS.focal.id);
    expect(refused.args.text).toMatch(/il faut être|ne faites pas partie/);
    expect(bot.fake.calls("views.open")).toEqual([]);
  });
});

describe("Slack: DAECT closes a finished file", () => {
  it("closes a mission whose report is validated from the App Home, once; a focal point is refused", async () => {
    const { missionId, focal } = await missionAwaitingReport(bot.kit);
    await submitReport(bot.kit.ctx, await missionaryActor(bot.kit), {
      missionId,
      objectAccount: "Atelier de diagnostic.",
      complementaryAction: false,
      longTermCooperation: true,
    });
    await reviewReport(bot.kit.ctx, focal, { missionId, decision: "validate" });
    const home = await homeOf(USERS.daect.id);
    expect(textOf(home.blocks)).toContain("Dossiers à clore");
    expect(buttons(home.blocks).find((b) => b.action_id === "mission_close")?.value).toBe(missionId);

    await homeOf(USERS.focal.id);
    bot.fake.reset();
    await bot.click({ userId: USERS.focal.id, actions: [{ actionId: "mission_close", value: missionId }], view: HOME });
    const refused = await bot.fake.waitFor("chat.postMessage", (c) => c.args.channel === USERS.focal.id);
    expect(refused.args.text).toMatch(/il faut être|ne faites pas partie/);

    for (let click = 0; click < 2; click++) {
      bot.fake.reset();
      await bot.click({
        userId: USERS.daect.id,
        actions: [{ actionId: "mission_close", value: missionId }],
        view: HOME,
      });
      await bot.fake.waitFor("views.publish");
    }
    expect((await missionOf(missionId)).status).toBe("closed");
    expect(await bot.kit.db.auditEvent.count({ where: { entityId: missionId, action: "close" } })).toBe(1);
    expect(bot.fake.calls("chat.postMessage")).toEqual([]);
  });
});

describe("Slack: the return is recorded from the App Home", () => {
  it("by a missionary, on the end of the last leg, once; someone outside the mission is refused", async () => {
    const { missionId } = await missionUnderway();
    const focal = await homeOf(USERS.focal.id);
    expect(buttons(focal.blocks).find((b) => b.action_id === "mission_record_return")?.value).toBe(missionId);
    const home = await homeOf(USERS.missionary.id);
    expect(buttons(home.blocks).find((b) => b.action_id === "mission_record_return")?.value).toBe(missionId);

    bot.fake.addUser({ id: "U0AUTRE", email: "agent@nantes.fr", locale: "fr-FR", realName: "Agent Nantes" });
    bot.fake.reset();
    await bot.click({
      userId: "U0AUTRE",
      actions: [{ actionId: "mission_record_return", value: missionId }],
      view: HOME,
    });
    const refused = await bot.fake.waitFor("chat.postMessage", (c) => c.args.channel === "U0AUTRE");
    expect(refused.args.text).toMatch(/il faut être|ne faites pas partie/);
    expect((await missionOf(missionId)).status).toBe("in_progress");

    for (let click = 0; click < 2; click++) {
      bot.fake.reset();
      const value = missionId;
      await bot.click({
        userId: USERS.missionary.id,
        actions: [{ actionId: "mission_record_return", value }],
        view: HOME,
      });
      await bot.fake.waitFor("views.publish");
    }
    expect(await missionOf(missionId)).toMatchObject({
      status: "report_due",
      returnedOn: "2026-04-10",
      reportDeadline: "2026-06-10",
    });
    expect(await bot.kit.db.auditEvent.count({ where: { entityId: missionId, action: "record_return" } })).toBe(1);
  });
});
