import { type SlackBot, startSlackBot, textOf, USERS, viewOf } from "../support/slack-bot";
import { applicationValues } from "../support/slack-form-values";

let bot: SlackBot;

beforeEach(async () => {
  bot = await startSlackBot();
});

afterEach(async () => {
  const rejections = [...bot.fake.rejections];
  await bot.close();
  expect(rejections).toEqual([]);
});

type Button = { action_id: string; value: string; confirm?: { title: { text: string }; text: { text: string } } };
type Block = { type: string; accessory?: Button; elements?: Button[] };
const buttonsOf = (blocks: unknown) =>
  ((blocks ?? []) as Block[]).flatMap((b) => [...(b.accessory ? [b.accessory] : []), ...(b.elements ?? [])]);
const HOME = { id: "VHOME", type: "home" };

/** Lyon's focal point applies from Slack; the deliverer posts the application to the committee channel. */
async function appliedAndPosted() {
  await bot.submit({
    userId: USERS.focal.id,
    callbackId: "application_form",
    privateMetadata: JSON.stringify({ rows: ["r0"], next: 1 }),
    values: applicationValues(),
  });
  expect(await bot.deliver()).toMatchObject({ sent: 1, dead: 0 });
  const post = bot.fake.calls("chat.postMessage").find((c) => c.args.channel === "C0COMITE");
  if (!post) throw new Error("no committee post");
  const app = await bot.kit.db.application.findFirstOrThrow();
  return { applicationId: app.id, ts: String(post.response.ts) };
}

const click = (userId: string, applicationId: string) =>
  bot.click({ userId, actions: [{ actionId: "application_withdraw", value: applicationId }], view: HOME });

describe("Slack: the focal point withdraws its application before the committee decides", () => {
  it("from its App Home, after a confirmation; the committee's message then says so in place", async () => {
    const { applicationId, ts } = await appliedAndPosted();
    const home = await bot.home(USERS.focal.id);
    expect(textOf(home.blocks)).toContain("Candidature du 2 mars 2026 : déposée.");
    const withdraw = buttonsOf(home.blocks).find((b) => b.action_id === "application_withdraw");
    expect(withdraw?.value).toBe(applicationId);
    expect(withdraw?.confirm?.title.text).toBe("Retirer la candidature ?");
    expect(withdraw?.confirm?.text.text).toContain("Ville de Lyon");

    bot.fake.reset();
    await click(USERS.focal.id, applicationId);
    const after = viewOf(await bot.fake.waitFor("views.publish"));
    expect(buttonsOf(after.blocks).map((b) => b.action_id)).not.toContain("application_withdraw");
    expect(await bot.kit.db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: "withdrawn",
    });

    bot.fake.reset();
    expect(await bot.deliver()).toMatchObject({ sent: 1, dead: 0 });
    const update = await bot.fake.waitFor("chat.update");
    expect(update.args).toMatchObject({ channel: "C0COMITE", ts });
    expect(textOf(update.args.blocks)).toContain("Candidature retirée par la collectivité");
    expect(textOf(update.args.blocks)).not.toContain("committee_approve");
    expect(bot.fake.calls("chat.postMessage")).toEqual([]);
  });

  it("tells a committee member who presses it that it is not theirs, and withdraws nothing", async () => {
    const { applicationId } = await appliedAndPosted();
    const committee = await bot.home(USERS.committee.id);
    expect(buttonsOf(committee.blocks).map((b) => b.action_id)).not.toContain("application_withdraw");

    bot.fake.reset();
    await click(USERS.committee.id, applicationId);
    const refused = await bot.fake.waitFor("chat.postMessage", (c) => c.args.channel === USERS.committee.id);
    expect(refused.args.text).toContain("Pour retirer cette candidature, il faut être");
    expect(bot.fake.calls("views.publish")).toEqual([]);
    expect(await bot.kit.db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: "submitted",
    });
  });

  it("changes nothing on a second click: one audit record, one message to the committee", async () => {
    const { applicationId } = await appliedAndPosted();
    for (let n = 0; n < 2; n++) {
      bot.fake.reset();
      await click(USERS.focal.id, applicationId);
      await bot.fake.waitFor("views.publish");
      expect(bot.fake.calls("chat.postMessage")).toEqual([]);
    }
    expect(await bot.kit.db.auditEvent.count({ where: { entityId: applicationId, action: "withdraw" } })).toBe(1);
    expect(await bot.kit.db.outbox.count({ where: { kind: "application_withdrawn" } })).toBe(1);
  });

  it("offers nothing once the committee has decided, and says why to a late click", async () => {
    const { applicationId } = await appliedAndPosted();
    await bot.click({
      userId: USERS.committee.id,
      channelId: "C0COMITE",
      messageTs: "1700000000.000100",
      actions: [{ actionId: "committee_approve", value: applicationId }],
    });
    await bot.fake.waitFor("chat.update");
    const home = await bot.home(USERS.focal.id);
    expect(buttonsOf(home.blocks).map((b) => b.action_id)).not.toContain("application_withdraw");

    bot.fake.reset();
    await click(USERS.focal.id, applicationId);
    const refused = await bot.fake.waitFor("chat.postMessage", (c) => c.args.channel === USERS.focal.id);
    expect(refused.args.text).toContain("Impossible de retirer cette candidature");
    expect(await bot.kit.db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: "approved",
    });
  });
});
