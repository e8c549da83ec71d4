import { sweepLabels } from "../../src/workflow";
import { type SlackBot, startSlackBot, textOf, USERS, viewOf } from "../support/slack-bot";
import { applicationValues, picked, ticked, typed } from "../support/slack-form-values";
import { importedBody, labelledBody } from "../support/workflow-kit";

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
type Block = { type: string; block_id?: string; elements?: Element[]; accessory?: Element; element?: unknown };
const elements = (blocks: unknown) =>
  ((blocks ?? []) as Block[]).flatMap((b) => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])]);
const DAY = 86_400_000;

/** The sweep on the morning 89 days before the label's end (its last instant is 23:59 in Paris, in quiet hours). */
async function nearingItsEnd(labelId: string) {
  const label = await bot.kit.db.label.findUniqueOrThrow({ where: { id: labelId } });
  bot.kit.clock.set(new Date(label.validUntil.getTime() - 89 * DAY - 12 * 3600_000));
  await sweepLabels(bot.kit.ctx);
  // A nudge waits for a working morning (that day is a Saturday): the deliverer runs then.
  const warning = await bot.kit.db.outbox.findFirstOrThrow({ where: { kind: "label_expiring" } });
  bot.kit.clock.set(warning.nextAttemptAt);
}

describe("Slack: a label nearing its end offers the body to renew it", () => {
  it("near its end the Home offers Renouveler: the form comes filled in, and the committee reads it is a renewal", async () => {
    const { labelId } = await labelledBody(bot.kit);
    await bot.home(USERS.focal.id);
    await nearingItsEnd(labelId);
    const home = await bot.home(USERS.focal.id);
    const renewFromHome = elements(home.blocks).find((e) => e.action_id === "label_renew_open");
    expect(renewFromHome?.value).toBe(labelId);

    await bot.click({
      userId: USERS.focal.id,
      view: { id: "VHOME", type: "home" },
      actions: [{ actionId: "label_renew_open", value: labelId }],
    });
    const modal = viewOf(await bot.fake.waitFor("views.open"));
    expect(modal.callback_id).toBe("application_form");
    const shown = textOf(modal.blocks);
    expect(shown).toContain("Renouvellement du label N° EXPE-CT-2026-0001");
    expect(shown).toContain('"initial_value":"Ville de Lyon"');
    expect(shown).toContain('"initial_value":"Marie Durand"');
    expect(shown).toContain('"initial_value":"Tri sélectif et valorisation des déchets ménagers"');
    expect(JSON.parse(modal.private_metadata ?? "{}")).toMatchObject({
      rows: ["r0"],
      renewalOfLabelId: labelId,
      renewalOfNumber: "EXPE-CT-2026-0001",
    });

    bot.fake.reset();
    const submitted = await bot.submit({
      userId: USERS.focal.id,
      callbackId: "application_form",
      privateMetadata: modal.private_metadata,
      values: applicationValues(),
    });
    expect(JSON.parse(submitted.text).response_action).toBe("update");
    const app = await bot.kit.db.application.findFirstOrThrow({ where: { status: "submitted" } });
    expect(app.renewalOfLabelId).toBe(labelId);
    await bot.deliver();
    const committee = bot.fake
      .calls("chat.postMessage")
      .filter((c) => c.args.channel === "C0COMITE")
      .at(-1);
    expect(textOf(committee?.args.blocks)).toContain("Renouvellement du label N° EXPE-CT-2026-0001");
  });

  it("the warning message itself carries the button, on Slack's side of the outbox", async () => {
    const { labelId } = await labelledBody(bot.kit);
    await bot.home(USERS.focal.id);
    await bot.deliver();
    await nearingItsEnd(labelId);
    bot.fake.reset();
    await bot.deliver();
    const warning = bot.fake.calls("chat.postMessage").find((c) => String(c.args.text).includes("expire le"));
    expect(elements(warning?.args.blocks)).toEqual([
      expect.objectContaining({ action_id: "label_renew_open", value: labelId }),
    ]);
  });

  it("a PACT 3 label is renewed with what the history knows, and a changed body name is refused", async () => {
    const { labelId, organisationId } = await importedBody(bot.kit, "Ville de Lyon");
    await bot.kit.db.person.create({ data: { email: USERS.focal.email, name: "Léa Référente" } });
    const focal = await bot.kit.db.person.findUniqueOrThrow({ where: { email: USERS.focal.email } });
    await bot.kit.db.roleAssignment.create({
      data: { personId: focal.id, role: "focal_point", scope: organisationId, organisationId },
    });
    const home = await bot.home(USERS.focal.id);
    expect(elements(home.blocks).find((e) => e.action_id === "label_renew_open")?.value).toBe(labelId);
    await bot.click({
      userId: USERS.focal.id,
      view: { id: "VHOME", type: "home" },
      actions: [{ actionId: "label_renew_open", value: labelId }],
    });
    const modal = viewOf(await bot.fake.waitFor("views.open"));
    expect(textOf(modal.blocks)).toContain("Renouvellement du label N° PACT3-2018-012");
    expect(textOf(modal.blocks)).toContain('"initial_value":"Collecte et tri des déchets"');

    const renamed = await bot.submit({
      userId: USERS.focal.id,
      callbackId: "application_form",
      privateMetadata: modal.private_metadata,
      values: applicationValues({
        organisationName: typed("Métropole de Lyon"),
        "experts.r0.category": picked("agent"),
        commitmentAccepted: ticked(["accepted"]),
      }),
    });
    expect(JSON.parse(renamed.text)).toMatchObject({
      response_action: "errors",
      errors: { organisationName: expect.stringContaining("gardez son nom") },
    });
  });
});
