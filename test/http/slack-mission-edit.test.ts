import { type SlackBot, startSlackBot, textOf, USERS, viewOf } from "../support/slack-bot";
import { dated, picked } from "../support/slack-form-values";
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

type Element = {
  type: string;
  action_id: string;
  value?: string;
  initial_value?: string;
  initial_option?: { value: string; text: { text: string } };
  initial_date?: string;
};
type Block = { type: string; block_id?: string; element?: Element; elements?: Element[] };
type Values = Record<string, Record<string, Record<string, unknown>>>;
const HOME = { id: "VHOME", type: "home" };

const buttons = (blocks: unknown) => ((blocks ?? []) as Block[]).flatMap((b) => b.elements ?? []);
const missionOf = (missionId: string) =>
  bot.kit.db.mission.findUniqueOrThrow({ where: { id: missionId }, include: { legs: true, missionaries: true } });

/** What Slack sends back for a modal nobody touched: each input's initial value, as state.values. */
function untouched(blocks: Block[]): Values {
  const values: Values = {};
  for (const b of blocks) {
    const e = b.element;
    if (b.type !== "input" || !b.block_id || !e) continue;
    const state: Record<string, unknown> = { type: e.type };
    if (e.type === "plain_text_input" || e.type === "number_input") state.value = e.initial_value ?? null;
    if (e.type === "static_select" || e.type === "external_select") state.selected_option = e.initial_option ?? null;
    if (e.type === "datepicker") state.selected_date = e.initial_date ?? null;
    values[b.block_id] = { [e.action_id]: state };
  }
  return values;
}

/** DAECT presses "Modifier" on its App Home; the prefilled form comes with the views.update after the loading one. */
async function editForm(userId = USERS.daect.id) {
  const { labelId } = await labelledBody(bot.kit);
  const missionId = await openedMission(bot.kit, labelId, { natureDetail: "Atelier avec les services techniques" });
  bot.fake.reset();
  await bot.openHome(USERS.daect.id);
  const home = viewOf(await bot.fake.waitFor("views.publish"));
  const edit = buttons(home.blocks).find((b) => b.action_id === "mission_edit_open");
  expect(edit?.value).toBe(missionId);
  bot.fake.reset();
  await bot.click({ userId, actions: [{ actionId: "mission_edit_open", value: missionId }], view: HOME });
  await bot.fake.waitFor("views.open");
  const form = viewOf(await bot.fake.waitFor("views.update"));
  const blocks = form.blocks as Block[];
  const submit = (values: Values) =>
    bot.submit({
      userId,
      callbackId: "mission_edit_form",
      privateMetadata: form.private_metadata ?? "",
      values,
    });
  return { labelId, missionId, form, blocks, submit };
}

describe("Slack: DAECT edits a mission before departure", () => {
  it("opens the mission form filled in with the mission's terms, and the embassy is asked again", async () => {
    const { labelId, missionId, form, blocks, submit } = await editForm();
    expect(form.callback_id).toBe("mission_edit_form");
    expect(JSON.parse(form.private_metadata ?? "")).toMatchObject({ missionId, version: 0, rows: ["r0"] });
    const values = untouched(blocks);
    expect(values).toMatchObject({
      labelId: { mission_label_search: { selected_option: { value: labelId } } },
      countryCode: { value: { selected_option: { value: "SN" } } },
      foreignPartner: { value: { value: "Ville de Saint-Louis" } },
      nature: { value: { selected_option: { value: "expertise_request" } } },
      natureDetail: { value: { value: "Atelier avec les services techniques" } },
      "legs.r0.kind": { value: { selected_option: { value: "outbound" } } },
      "legs.r0.startDate": { value: { selected_date: "2026-04-06" } },
      "legs.r0.endDate": { value: { selected_date: "2026-04-10" } },
      "legs.r0.peopleCount": { value: { selected_option: { value: "2" } } },
      "missionaries.0.email": { value: { value: "marie.durand@lyon.fr" } },
      "missionaries.0.name": { value: { value: "Marie Durand" } },
      "missionaries.1.email": { value: { value: "jean.martin@lyon.fr" } },
      expectedResult: { value: { value: "Plan de collecte sélective pour deux quartiers" } },
      transportCostEuros: { value: { value: "1850" } },
      stayCostBearer: { value: { value: "Ville de Saint-Louis" } },
    });
    expect(textOf(blocks)).toContain("Ville de Lyon · EXPE-CT-2026-0001");

    bot.fake.reset();
    const reply = await submit({ ...values, "legs.r0.endDate": dated("2026-04-09"), countryCode: picked("MA") });
    expect(reply.body).toMatchObject({ response_action: "update", view: { callback_id: "notice" } });
    expect(textOf(reply.body)).toContain("L’ambassade la reverra");
    expect(await missionOf(missionId)).toMatchObject({
      status: "awaiting_embassy",
      countryCode: "MA",
      endDate: "2026-04-09",
      version: 1,
      natureDetail: "Atelier avec les services techniques",
      transportCostCents: 185000,
    });
    expect((await missionOf(missionId)).missionaries).toHaveLength(2);
    const asked = await bot.kit.db.outbox.findMany({ where: { kind: "embassy_validation_requested" } });
    expect(asked.map((r) => r.channel)).toEqual(["embassy:SN", "embassy:MA"]);
    await bot.fake.waitFor("views.publish");
  });

  it("puts the core's errors under their fields, and changes nothing", async () => {
    const { missionId, blocks, submit } = await editForm();
    const reply = await submit({ ...untouched(blocks), "legs.r0.endDate": dated("2026-04-20") });
    expect(reply.body).toEqual({
      response_action: "errors",
      errors: { "legs.r0.endDate": expect.stringContaining("une semaine au plus") },
    });
    const other = await labelledBody(bot.kit, "Ville de Nantes", "referent@nantes.fr");
    const wrongBody = await submit({
      ...untouched(blocks),
      labelId: { mission_label_search: { type: "external_select", selected_option: { value: other.labelId } } },
    });
    expect(wrongBody.body).toMatchObject({ response_action: "errors", errors: { labelId: expect.any(String) } });
    expect(await missionOf(missionId)).toMatchObject({ version: 0, endDate: "2026-04-10", countryCode: "SN" });
  });

  it("keeps the mission it edits when a leg is added inside the form", async () => {
    const { missionId, form, blocks } = await editForm();
    bot.fake.reset();
    await bot.click({
      userId: USERS.daect.id,
      actions: [{ actionId: "mission_add_leg", blockId: "legs.add", value: "add" }],
      view: {
        id: "V0EDIT",
        hash: "h1",
        type: "modal",
        callback_id: "mission_edit_form",
        private_metadata: form.private_metadata,
        state: { values: untouched(blocks) },
      },
    });
    const added = viewOf(await bot.fake.waitFor("views.update"));
    expect(added.callback_id).toBe("mission_edit_form");
    expect(JSON.parse(added.private_metadata ?? "")).toMatchObject({ missionId, version: 0, rows: ["r0", "r1"] });
    expect(untouched(added.blocks as Block[])).toMatchObject({
      "legs.r0.startDate": { value: { selected_date: "2026-04-06" } },
    });
  });

  it("tells a focal point it is not theirs, at the button and at the form, and opens nothing", async () => {
    const { labelId } = await labelledBody(bot.kit);
    const missionId = await openedMission(bot.kit, labelId);
    bot.fake.reset();
    await bot.openHome(USERS.focal.id);
    const home = viewOf(await bot.fake.waitFor("views.publish"));
    expect(buttons(home.blocks).map((b) => b.action_id)).not.toContain("mission_edit_open");

    bot.fake.reset();
    await bot.click({
      userId: USERS.focal.id,
      actions: [{ actionId: "mission_edit_open", value: missionId }],
      view: HOME,
    });
    const refused = await bot.fake.waitFor("chat.postMessage", (c) => c.args.channel === USERS.focal.id);
    expect(refused.args.text).toContain("il faut être membre de l’équipe DAECT");
    expect(bot.fake.calls("views.open")).toEqual([]);

    const reply = await bot.submit({
      userId: USERS.focal.id,
      callbackId: "mission_edit_form",
      privateMetadata: JSON.stringify({ rows: ["r0"], next: 1, missionId, version: 0, reference: "M-2026-0001" }),
      values: {},
    });
    expect(reply.body).toEqual({
      response_action: "errors",
      errors: { labelId: expect.stringContaining("il faut être membre de l’équipe DAECT") },
    });
    expect(await missionOf(missionId)).toMatchObject({ version: 0 });
  });

  it("changes nothing when the same form is sent twice: one edit, the embassy asked once more", async () => {
    const { missionId, blocks, submit } = await editForm();
    const values = { ...untouched(blocks), countryCode: picked("MA") };
    expect(textOf((await submit(values)).body)).toContain("L’ambassade la reverra");
    const again = await submit(values);
    expect(again.body).toMatchObject({ response_action: "update" });
    expect(textOf(again.body)).toContain("rien n’a été modifié");
    expect(await missionOf(missionId)).toMatchObject({ version: 1, countryCode: "MA" });
    expect(await bot.kit.db.auditEvent.count({ where: { entityId: missionId, action: "edit" } })).toBe(1);
    expect(await bot.kit.db.outbox.count({ where: { kind: "embassy_validation_requested" } })).toBe(2);
  });

  it("offers no edit once the mission is under way, and says why to a late click", async () => {
    const { labelId } = await labelledBody(bot.kit);
    const missionId = await openedMission(bot.kit, labelId);
    await bot.kit.db.mission.update({ where: { id: missionId }, data: { status: "in_progress" } });
    bot.fake.reset();
    await bot.openHome(USERS.daect.id);
    const home = viewOf(await bot.fake.waitFor("views.publish"));
    expect(buttons(home.blocks).map((b) => b.action_id)).not.toContain("mission_edit_open");
    bot.fake.reset();
    await bot.click({
      userId: USERS.daect.id,
      actions: [{ actionId: "mission_edit_open", value: missionId }],
      view: HOME,
    });
    const notice = viewOf(await bot.fake.waitFor("views.update"));
    expect(notice.callback_id).toBe("notice");
    expect(textOf(notice.blocks)).toContain("Impossible de modifier cette mission : son état actuel est « en cours »");
  });
});
