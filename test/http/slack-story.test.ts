import { decideAsEmbassy, recordReturn } from "../../src/workflow";
import { type SlackBot, startSlackBot, USERS, viewOf } from "../support/slack-bot";
import { applicationValues, external, missionValues, reportValues } from "../support/slack-form-values";

let bot: SlackBot;

beforeAll(async () => {
  bot = await startSlackBot();
});

afterAll(async () => {
  await bot.close();
});

type Block = {
  type: string;
  elements?: { action_id: string; value: string }[];
  accessory?: { action_id: string; value: string };
};
const buttonsOf = (blocks: unknown) =>
  ((blocks ?? []) as Block[]).flatMap((b) => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])]);

/** The latest DM the bot posted to a user, and its clickable buttons. */
function lastDm(userId: string) {
  const dm = bot.fake
    .calls("chat.postMessage")
    .filter((c) => c.args.channel === userId)
    .pop();
  if (!dm) throw new Error(`no DM to ${userId}`);
  return { ts: String(dm.response.ts), channel: String(dm.response.channel), buttons: buttonsOf(dm.args.blocks) };
}

describe("the whole EXPE-CT story, in Slack", () => {
  it("apply → committee approves → diploma DM → DAECT opens a mission → embassy → report from the DM → validated", async () => {
    const { fake, kit } = bot;

    // A focal point applies through the modal that /expect candidature opens.
    await bot.command(USERS.focal.id, "candidature");
    const form = viewOf(await fake.waitFor("views.open"));
    const applied = await bot.submit({
      userId: USERS.focal.id,
      callbackId: "application_form",
      privateMetadata: form.private_metadata,
      values: applicationValues(),
    });
    expect(applied.body).toMatchObject({ response_action: "update" });

    // The deliverer posts it to the committee, where a member approves it with the button.
    await bot.deliver();
    const post = fake.calls("chat.postMessage").find((c) => c.args.channel === "C0COMITE");
    const approve = buttonsOf(post?.args.blocks).find((b) => b.action_id === "committee_approve");
    await bot.click({
      userId: USERS.committee.id,
      channelId: "C0COMITE",
      messageTs: String(post?.response.ts),
      actions: [{ actionId: "committee_approve", value: approve?.value ?? "" }],
    });
    await fake.waitFor("chat.update", (c) => JSON.stringify(c.args.blocks).includes("Approuvée"));

    // The focal point receives the numbered diploma as a PDF in a DM.
    await bot.deliver();
    const diploma = fake.uploads.find((u) => u.filename.endsWith(".pdf"));
    expect(diploma?.channelId).toBe("D0LYON");
    expect(diploma?.bytes.subarray(0, 4).toString()).toBe("%PDF");
    expect(diploma?.bytes.includes("EXPE-CT-2026-0001")).toBe(true);

    // DAECT opens a mission: the label is found by search in the form.
    await bot.command(USERS.daect.id, "mission");
    const missionForm = viewOf(await fake.waitFor("views.open", (c) => viewOf(c).callback_id === "mission_form"));
    const search = await bot.suggest(USERS.daect.id, "mission_label_search", "labelId", "Lyon");
    const [label] = (search.body as { options: { value: string; text: { text: string } }[] }).options;
    const opened = await bot.submit({
      userId: USERS.daect.id,
      callbackId: "mission_form",
      privateMetadata: missionForm.private_metadata,
      values: missionValues("", {
        labelId: external("mission_label_search", label?.value ?? "", label?.text.text ?? ""),
      }),
    });
    expect(JSON.stringify(opened.body)).toContain("M-2026-0001");
    const mission = await kit.db.mission.findFirstOrThrow();

    // The missionary's first contact (her App Home) links her Slack account.
    await bot.openHome(USERS.missionary.id);
    await fake.waitFor("views.publish", (c) => c.args.user_id === USERS.missionary.id);

    // The embassy validates (on Teams, through the core); the body confirms from /expect missions.
    await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId: mission.id, decision: "validate" });
    const before = fake.calls("response_url").length;
    await bot.command(USERS.focal.id, "missions");
    const list = await bot.response(before);
    const confirm = buttonsOf(list.args.blocks).find((b) => b.action_id === "mission_confirm");
    expect(confirm?.value).toBe(mission.id);
    await bot.click({
      userId: USERS.focal.id,
      channelId: "D0LYON",
      messageTs: "1.1",
      actions: [{ actionId: "mission_confirm", value: mission.id }],
    });
    await fake.waitFor("chat.update", (c) => JSON.stringify(c.args).includes("Mission confirmée"));

    // Back home, the return opens the report window; the deliverer DMs the missionary with a button.
    kit.clock.set("2026-04-13T08:00:00Z");
    await recordReturn(kit.ctx, kit.daect, { missionId: mission.id });
    await bot.deliver();
    const prompt = lastDm(USERS.missionary.id);
    const write = prompt.buttons.find((b) => b.action_id === "report_open");
    expect(write?.value).toBe(mission.id);

    // She clicks it: a loading view at once, then R3's form, which she submits.
    await bot.click({
      userId: USERS.missionary.id,
      channelId: prompt.channel,
      messageTs: prompt.ts,
      actions: [{ actionId: "report_open", value: mission.id }],
    });
    const reportForm = viewOf(await fake.waitFor("views.update", (c) => viewOf(c).callback_id === "report_form"));
    const submitted = await bot.submit({
      userId: USERS.missionary.id,
      callbackId: "report_form",
      privateMetadata: reportForm.private_metadata,
      values: reportValues(),
    });
    expect(submitted.body).toMatchObject({ response_action: "update" });

    // The focal point gets the report in a DM and validates it there.
    await bot.deliver();
    const review = lastDm(USERS.focal.id);
    expect(review.buttons.map((b) => b.action_id)).toEqual(["report_validate", "report_return"]);
    await bot.click({
      userId: USERS.focal.id,
      channelId: review.channel,
      messageTs: review.ts,
      actions: [{ actionId: "report_validate", value: mission.id }],
    });
    const done = await fake.waitFor("chat.update", (c) => c.args.ts === review.ts);
    expect(JSON.stringify(done.args)).toContain("Rapport validé par vous");
    expect(await kit.db.mission.findUniqueOrThrow({ where: { id: mission.id } })).toMatchObject({
      status: "report_validated",
    });
    expect(fake.rejections).toEqual([]);
  });
});
