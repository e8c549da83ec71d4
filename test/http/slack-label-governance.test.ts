import { type SlackBot, startSlackBot, textOf, USERS, viewOf } from "../support/slack-bot";
import { dated, typed } from "../support/slack-form-values";
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

type Element = { action_id: string; value?: string };
type Block = { type: string; elements?: Element[]; accessory?: Element };
const elements = (blocks: unknown) =>
  ((blocks ?? []) as Block[]).flatMap((b) => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])]);

/** Lyon labelled, its focal point known to Slack (it opened its Home), and one mission not yet departed. */
async function labelledWithMission() {
  const body = await labelledBody(bot.kit);
  const missionId = await openedMission(bot.kit, body.labelId);
  await bot.home(USERS.focal.id);
  await bot.deliver();
  bot.fake.reset();
  return { ...body, missionId };
}

async function ask(userId: string, text: string) {
  const index = bot.fake.calls("response_url").length;
  const reply = await bot.command(userId, text);
  expect(reply.status).toBe(200);
  return bot.response(index);
}

describe("Slack: DAECT revokes or suspends a label", () => {
  it("from the label's line on the App Home: the reason is required, the body is told, the missions are flagged", async () => {
    const { labelId, missionId } = await labelledWithMission();
    const home = await bot.home(USERS.daect.id);
    expect(textOf(home.blocks)).toContain("Labels en vigueur");
    expect(textOf(home.blocks)).toContain("EXPE-CT-2026-0001");
    const revoke = elements(home.blocks).find((e) => e.action_id === "label_revoke_open");
    expect(revoke?.value).toBe(`${labelId}|EXPE-CT-2026-0001`);
    expect(elements(home.blocks).map((e) => e.action_id)).toContain("label_suspend_open");

    await bot.click({
      userId: USERS.daect.id,
      view: { id: "VHOME", type: "home" },
      actions: [{ actionId: "label_revoke_open", value: revoke?.value }],
    });
    const modal = viewOf(await bot.fake.waitFor("views.open"));
    expect(modal.callback_id).toBe("label_revoke_form");
    expect(textOf(modal.blocks)).toContain('max_length":2000');

    const empty = await bot.submit({
      userId: USERS.daect.id,
      callbackId: "label_revoke_form",
      privateMetadata: modal.private_metadata,
      values: { reason: typed("  ") },
    });
    expect(JSON.parse(empty.text)).toMatchObject({ response_action: "errors", errors: { reason: expect.any(String) } });
    expect((await bot.kit.db.label.findUniqueOrThrow({ where: { id: labelId } })).status).toBe("active");

    bot.fake.reset();
    const done = await bot.submit({
      userId: USERS.daect.id,
      callbackId: "label_revoke_form",
      privateMetadata: modal.private_metadata,
      values: { reason: typed("Fausse déclaration des compétences") },
    });
    const notice = JSON.parse(done.text);
    expect(notice.response_action).toBe("update");
    expect(textOf(notice.view)).toContain("Label EXPE-CT-2026-0001 retiré. 1 mission(s) pas encore partie(s)");
    const republished = viewOf(await bot.fake.waitFor("views.publish", (c) => c.args.user_id === USERS.daect.id));
    expect(textOf(republished.blocks)).not.toContain("label_revoke_open");

    expect(await bot.deliver()).toMatchObject({ dead: 0 });
    const posts = bot.fake.calls("chat.postMessage");
    const toBody = posts.find((c) => String(c.args.text).includes("a été retiré par la DAECT"));
    expect(toBody?.args.channel).not.toBe("C0DAECT");
    expect(textOf(toBody?.args.blocks)).toContain("Fausse déclaration des compétences");
    const flagged = posts.find((c) => c.args.channel === "C0DAECT" && String(c.args.text).includes("est retiré"));
    expect(flagged?.args.text).toBe(
      "Le label EXPE-CT-2026-0001 de Ville de Lyon est retiré : 1 mission(s) pas encore partie(s), à annuler ou maintenir.",
    );
    expect(textOf(flagged?.args.blocks)).toContain("M-2026-0001");
    const cancel = elements(flagged?.args.blocks).find((e) => e.action_id === "mission_cancel_open");
    expect(cancel?.value).toBe(`${missionId}|M-2026-0001`);
  });

  it("by command: suspends until a date after today, says what is wrong in words, and lifts it from the Home", async () => {
    const { labelId } = await labelledWithMission();
    const usage = await ask(USERS.daect.id, "admin suspendre EXPE-CT-2026-0001");
    expect(usage.args.text).toContain("/expect admin suspendre");
    const today = await ask(USERS.daect.id, "admin suspendre EXPE-CT-2026-0001 2026-03-02 Enquête en cours");
    expect(today.args.text).toBe("Suspendu jusqu’au : la date doit être postérieure à aujourd’hui.");
    const unknown = await ask(USERS.daect.id, "admin revoquer EXPE-CT-2026-0099 Motif");
    expect(unknown.args.text).toBe(
      "Aucun label ne porte le numéro EXPE-CT-2026-0099 : vérifiez-le (par exemple EXPE-CT-2026-0001).",
    );
    const forbidden = await ask(USERS.focal.id, "admin suspendre EXPE-CT-2026-0001 2026-04-30 Motif");
    expect(forbidden.args.text).toContain("réservée à d’autres rôles");

    const done = await ask(USERS.daect.id, "admin suspendre expe-ct-2026-0001 2026-04-30 Enquête en cours");
    expect(done.args.text).toBe(
      "Label EXPE-CT-2026-0001 suspendu jusqu’au 30 avril 2026 inclus. 1 mission(s) pas encore partie(s) vous sont listée(s) dans le canal DAECT.",
    );
    const label = await bot.kit.db.label.findUniqueOrThrow({ where: { id: labelId } });
    expect(label).toMatchObject({ status: "suspended", suspendedReason: "Enquête en cours" });

    await bot.deliver();
    const toBody = bot.fake.calls("chat.postMessage").find((c) => String(c.args.text).includes("est suspendu par"));
    expect(toBody?.args.text).toBe(
      "Le label EXPE-CT-2026-0001 est suspendu par la DAECT jusqu’au 30 avril 2026 inclus : aucune mission ne peut être proposée à la collectivité d’ici là.",
    );
    const focalHome = await bot.home(USERS.focal.id);
    expect(textOf(focalHome.blocks)).toContain("suspendu");

    // DAECT lifts the suspension from its Home; once revoked, the label cannot be suspended any more.
    const home = await bot.home(USERS.daect.id);
    const lift = elements(home.blocks).find((e) => e.action_id === "label_reinstate");
    expect(textOf(home.blocks)).toContain("suspendu jusqu’au 30 avril 2026 inclus");
    bot.fake.reset();
    await bot.click({
      userId: USERS.daect.id,
      view: { id: "VHOME", type: "home" },
      actions: [{ actionId: "label_reinstate", value: lift?.value }],
    });
    await bot.fake.waitFor("views.publish", (c) => c.args.user_id === USERS.daect.id);
    expect((await bot.kit.db.label.findUniqueOrThrow({ where: { id: labelId } })).status).toBe("active");

    await ask(USERS.daect.id, "admin revoquer EXPE-CT-2026-0001 Manquement\ngrave");
    const again = await ask(USERS.daect.id, "admin suspendre EXPE-CT-2026-0001 2026-04-30 Enquête");
    expect(again.args.text).toBe("Impossible de suspendre ce label : son état actuel est « retiré ».");
    const revoked = await bot.kit.db.label.findUniqueOrThrow({ where: { id: labelId } });
    expect(revoked.revokedReason).toBe("Manquement\ngrave");
  });

  it("refuses a suspension date in the modal under its field", async () => {
    const { labelId } = await labelledWithMission();
    const error = await bot.submit({
      userId: USERS.daect.id,
      callbackId: "label_suspend_form",
      privateMetadata: JSON.stringify({ labelId, number: "EXPE-CT-2026-0001", fromHome: true }),
      values: { until: dated("2026-03-01"), reason: typed("Enquête") },
    });
    expect(JSON.parse(error.text)).toEqual({
      response_action: "errors",
      errors: { until: "Suspendu jusqu’au : la date doit être postérieure à aujourd’hui." },
    });
  });
});
