import { type SlackBot, startSlackBot, USERS, viewOf } from "../support/slack-bot";
import {
  applicationValues,
  dated,
  missionValues,
  picked,
  reportValues,
  ticked,
  typed,
} from "../support/slack-form-values";
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

describe("Slack modals: validation by the core, errors under their fields", () => {
  it("shows schema errors under each field of the application, and writes nothing", async () => {
    const reply = await bot.submit({
      userId: USERS.focal.id,
      callbackId: "application_form",
      privateMetadata: ROWS_1,
      values: applicationValues({
        themes: { value: { type: "multi_static_select", selected_options: [] } },
        "experts.r0.email": typed("pas-un-mail"),
      }),
    });
    expect(reply.body).toEqual({
      response_action: "errors",
      errors: { themes: expect.any(String), "experts.r0.email": expect.any(String) },
    });
    expect(await bot.kit.db.application.count()).toBe(0);
    expect(await bot.kit.db.outbox.count()).toBe(0);
  });

  it("maps a second row's error to that row's block, by its key", async () => {
    const form = JSON.stringify({ rows: ["r0", "r3"], next: 4 });
    const reply = await bot.submit({
      userId: USERS.focal.id,
      callbackId: "application_form",
      privateMetadata: form,
      values: applicationValues({
        "experts.r3.name": typed("Jean Martin"),
        "experts.r3.function": typed("Élu"),
        "experts.r3.qualifications": typed("x".repeat(1001)),
        "experts.r3.category": picked("elu"),
      }),
    });
    expect(reply.body).toMatchObject({
      response_action: "errors",
      errors: { "experts.r3.qualifications": expect.any(String) },
    });
  });

  it("refuses an application without the L6 commitment, in the person's language", async () => {
    const reply = await bot.submit({
      userId: USERS.missionary.id,
      callbackId: "application_form",
      privateMetadata: ROWS_1,
      values: applicationValues({ commitmentAccepted: ticked([]) }),
    });
    expect(reply.body).toEqual({
      response_action: "errors",
      errors: { commitmentAccepted: "Tick the commitment to work with the ministry on proposed missions." },
    });
  });

  it("accepts a valid application and turns the modal into a confirmation", async () => {
    const reply = await bot.submit({
      userId: USERS.focal.id,
      callbackId: "application_form",
      privateMetadata: ROWS_1,
      values: applicationValues(),
    });
    expect(reply.body).toMatchObject({ response_action: "update", view: { type: "modal", callback_id: "notice" } });
    const app = await bot.kit.db.application.findFirstOrThrow({ include: { experts: true, organisation: true } });
    expect(app).toMatchObject({ status: "submitted", organisation: { name: "Ville de Lyon" } });
    expect(app.experts).toHaveLength(1);
  });

  it("adds and removes expert rows inside the modal, keeping what was typed", async () => {
    const values = applicationValues({ "experts.r1.name": typed("Jean Martin") });
    await bot.click({
      userId: USERS.focal.id,
      actions: [{ actionId: "application_add_expert", blockId: "experts.add", value: "add" }],
      view: {
        id: "V0APP",
        hash: "h1",
        type: "modal",
        callback_id: "application_form",
        private_metadata: JSON.stringify({ rows: ["r0", "r1"], next: 2 }),
        state: { values },
      },
    });
    const added = await bot.fake.waitFor("views.update");
    expect(added.args).toMatchObject({ view_id: "V0APP", hash: "h1" });
    const view = viewOf(added);
    expect(JSON.parse(view.private_metadata ?? "")).toEqual({ rows: ["r0", "r1", "r2"], next: 3 });
    const org = view.blocks.find((b) => b.block_id === "organisationName") as unknown as {
      element: { initial_value?: string };
    };
    expect(org.element.initial_value).toBe("Ville de Lyon");
    expect(view.blocks.some((b) => b.block_id === "experts.r2.name")).toBe(true);

    bot.fake.reset();
    await bot.click({
      userId: USERS.focal.id,
      actions: [{ actionId: "application_remove_expert", blockId: "experts.r0", value: "r0" }],
      view: {
        id: "V0APP",
        hash: "h2",
        type: "modal",
        callback_id: "application_form",
        private_metadata: JSON.stringify({ rows: ["r0", "r1"], next: 2 }),
        state: { values },
      },
    });
    const removed = viewOf(await bot.fake.waitFor("views.update"));
    expect(JSON.parse(removed.private_metadata ?? "")).toEqual({ rows: ["r1"], next: 2 });
    const kept = removed.blocks.find((b) => b.block_id === "experts.r1.name") as unknown as {
      element: { initial_value?: string };
    };
    expect(kept.element.initial_value).toBe("Jean Martin");
    expect(removed.blocks.some((b) => b.block_id?.startsWith("experts.r0"))).toBe(false);
  });

  it("puts M4's errors under the leg's field, and opens nothing", async () => {
    const { labelId } = await labelledBody(bot.kit);
    const form = JSON.stringify({ rows: ["r0", "r2"], next: 3 });
    const tooLong = await bot.submit({
      userId: USERS.daect.id,
      callbackId: "mission_form",
      privateMetadata: form,
      values: missionValues(labelId, {
        "legs.r2.kind": picked("hosting"),
        "legs.r2.startDate": dated("2026-05-01"),
        "legs.r2.endDate": dated("2026-05-12"),
        "legs.r2.peopleCount": picked("1"),
        "legs.r2.place": typed(null),
      }),
    });
    expect(tooLong.body).toEqual({
      response_action: "errors",
      errors: { "legs.r2.endDate": "Une étape dure une semaine au plus : 12 jours ici, 7 au maximum." },
    });
    const noCountry = await bot.submit({
      userId: USERS.daect.id,
      callbackId: "mission_form",
      privateMetadata: ROWS_1,
      values: missionValues(labelId, { countryCode: picked("BJ") }),
    });
    expect(noCountry.body).toMatchObject({
      response_action: "errors",
      errors: { countryCode: expect.stringContaining("Aucune ambassade n’est enregistrée au Bénin") },
    });
    expect(await bot.kit.db.mission.count()).toBe(0);
  });

  it("opens a mission from a valid form", async () => {
    const { labelId } = await labelledBody(bot.kit);
    const reply = await bot.submit({
      userId: USERS.daect.id,
      callbackId: "mission_form",
      privateMetadata: ROWS_1,
      values: missionValues(labelId),
    });
    expect(reply.body).toMatchObject({ response_action: "update" });
    expect(JSON.stringify(reply.body)).toContain("M-2026-0001");
    expect(await bot.kit.db.mission.findFirstOrThrow()).toMatchObject({
      status: "awaiting_embassy",
      countryCode: "SN",
    });
  });

  it("refuses a mission from someone who is not DAECT, under the form's first field", async () => {
    const { labelId } = await labelledBody(bot.kit);
    const reply = await bot.submit({
      userId: USERS.focal.id,
      callbackId: "mission_form",
      privateMetadata: ROWS_1,
      values: missionValues(labelId),
    });
    expect(reply.body).toEqual({
      response_action: "errors",
      errors: { labelId: expect.stringContaining("Pour ouvrir une mission, il faut être membre de l’équipe DAECT") },
    });
  });

  it("checks R3's form: the account is required; then the report is submitted", async () => {
    const { missionId } = await missionAwaitingReport(bot.kit);
    const meta = JSON.stringify({ missionId });
    const empty = await bot.submit({
      userId: USERS.missionary.id,
      callbackId: "report_form",
      privateMetadata: meta,
      values: reportValues({ objectAccount: typed(null) }),
    });
    expect(empty.body).toEqual({ response_action: "errors", errors: { objectAccount: expect.any(String) } });
    expect(await bot.kit.db.report.count()).toBe(0);
    const ok = await bot.submit({
      userId: USERS.missionary.id,
      callbackId: "report_form",
      privateMetadata: meta,
      values: reportValues(),
    });
    expect(ok.body).toMatchObject({ response_action: "update" });
    expect(await bot.kit.db.report.findFirstOrThrow()).toMatchObject({
      status: "submitted",
      complementaryAction: true,
    });
  });

  it("checks M2's form: a country code, then the solicitation is declared", async () => {
    const { organisationId } = await labelledBody(bot.kit);
    const meta = JSON.stringify({ organisationId });
    const values = {
      fromWhom: typed("Commune de Thiès"),
      countryCode: typed("Sénégal"),
      subject: typed("Appui à la gestion des déchets"),
      receivedOn: dated("2026-02-20"),
    };
    const bad = await bot.submit({
      userId: USERS.focal.id,
      callbackId: "solicitation_form",
      privateMetadata: meta,
      values,
    });
    expect(bad.body).toEqual({ response_action: "errors", errors: { countryCode: expect.any(String) } });
    const ok = await bot.submit({
      userId: USERS.focal.id,
      callbackId: "solicitation_form",
      privateMetadata: meta,
      values: { ...values, countryCode: typed("SN") },
    });
    expect(ok.body).toMatchObject({ response_action: "update" });
    // The code typed, the country named in the confirmation.
    expect(JSON.stringify(ok.body)).toContain("Sollicitation (Sénégal) déclarée à la DAECT");
    expect(await bot.kit.db.solicitation.count()).toBe(1);
  });
});
