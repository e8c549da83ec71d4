import type { types } from "@slack/bolt";
import { LIMITS } from "../../src/domain/limits";
import { formatCount, t } from "../../src/i18n";
import { INPUT_LIMITS, slackTextInputs } from "../support/form-inputs";
import { type SlackBot, startSlackBot, USERS } from "../support/slack-bot";
import { SLACK_BUILDERS } from "../support/slack-hostile-views";
import { labelledBody, openedMission } from "../support/workflow-kit";

/** A value no form lets through: what a forged submission sends. */
const FORGED = "x".repeat(10_000);

type Values = Record<string, Record<string, Record<string, unknown>>>;

/** What Slack would send for an element filled in plausibly (the first option of a choice, a valid e-mail…). */
function filled(blockId: string, element: types.InputBlockElement, labelId: string): Record<string, unknown> {
  const first = "options" in element && element.options?.[0];
  switch (element.type) {
    case "plain_text_input": {
      const value = blockId.endsWith("email") ? "marie.durand@lyon.fr" : blockId === "countryCode" ? "SN" : "Texte";
      return { type: element.type, value };
    }
    case "static_select":
    case "radio_buttons":
      return { type: element.type, selected_option: first ? { value: first.value, text: first.text } : null };
    case "external_select":
      return { type: element.type, selected_option: { value: labelId, text: { type: "plain_text", text: "Lyon" } } };
    case "multi_static_select":
    case "checkboxes":
      return { type: element.type, selected_options: first ? [{ value: first.value }] : [] };
    case "datepicker":
      return { type: element.type, selected_date: "2026-04-06" };
    case "number_input":
      return { type: element.type, value: "1" };
    default:
      return { type: element.type };
  }
}

/** Every modal the bot builds, by callback id, as first built (its metadata carries the rows and ids it shows). */
function modals(): Map<string, types.ModalView> {
  const out = new Map<string, types.ModalView>();
  for (const builder of Object.values(SLACK_BUILDERS)) {
    for (const payload of builder.render("Texte", "fr")) {
      if ("view" in payload && payload.view.type === "modal" && payload.view.callback_id) {
        if (!out.has(payload.view.callback_id)) out.set(payload.view.callback_id, payload.view);
      }
    }
  }
  return out;
}

/** Every table that a verb writes to on success. */
async function writes(bot: SlackBot) {
  const db = bot.kit.db;
  return Promise.all([
    db.auditEvent.count(),
    db.outbox.count(),
    db.application.count(),
    db.mission.count(),
    db.report.count(),
    db.solicitation.count(),
    db.extensionRequest.count(),
    db.reimbursement.count(),
    db.embassyDecision.count(),
  ]);
}

const cases = [
  ...new Map(slackTextInputs("fr").map((input) => [`${input.callbackId}/${input.blockId}`, input])).values(),
];

describe("Slack: a forged over-long text in any field of any modal", () => {
  let bot: SlackBot;
  let labelId: string;
  let missionId: string;

  beforeAll(async () => {
    bot = await startSlackBot();
    ({ labelId } = await labelledBody(bot.kit));
    missionId = await openedMission(bot.kit, labelId);
    // The first request of a Slack account links it (a write): done here, so that each case starts linked.
    await bot.home(USERS.daect.id);
  });

  afterAll(async () => {
    const rejections = [...bot.fake.rejections];
    await bot.close();
    expect(rejections).toEqual([]);
  });

  it("covers every text input of every modal", () => {
    expect(new Set(cases.map((c) => c.callbackId)).size).toBeGreaterThanOrEqual(11);
  });

  it.each(cases.map((input) => [input.key, input] as const))(
    "%s gets a field error in words under its block, and nothing is written",
    async (key, input) => {
      const view = modals().get(input.callbackId ?? "");
      if (!view) throw new Error(`no modal ${input.callbackId}`);
      const values: Values = {};
      for (const block of view.blocks) {
        if (block.type !== "input" || !block.block_id) continue;
        const { element } = block as types.InputBlock;
        const actionId = "action_id" in element ? (element.action_id ?? "value") : "value";
        values[block.block_id] = { [actionId]: filled(block.block_id, element, labelId) };
      }
      values[input.blockId ?? ""] = { value: { type: "plain_text_input", value: FORGED } };
      const before = await writes(bot);
      const reply = await bot.submit({
        userId: USERS.daect.id,
        callbackId: input.callbackId ?? "",
        privateMetadata: (view.private_metadata ?? "").replaceAll('"m1"', JSON.stringify(missionId)),
        values,
      });
      const entry = INPUT_LIMITS[key];
      const max = formatCount(LIMITS[entry?.limit ?? "objectAccount"], "fr");
      const expected = t("fr", "field.issue.too_long", { max, received: formatCount(FORGED.length, "fr") });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ response_action: "errors", errors: { [input.blockId ?? ""]: expected } });
      expect(await writes(bot)).toEqual(before);
    },
  );
});
