import { type SlackBot, startSlackBot, USERS } from "../support/slack-bot";
import { applicationValues, typed } from "../support/slack-form-values";

let bot: SlackBot;

beforeEach(async () => {
  bot = await startSlackBot();
});

afterEach(async () => {
  const rejections = [...bot.fake.rejections];
  await bot.close();
  expect(rejections).toEqual([]);
});

describe("Text from people through the real Bolt app", () => {
  it("posts a body named <!channel> to the committee without pinging the channel, in the blocks or the notification", async () => {
    await bot.submit({
      userId: USERS.focal.id,
      callbackId: "application_form",
      privateMetadata: JSON.stringify({ rows: ["r0"], next: 1 }),
      values: applicationValues({ organisationName: typed("<!channel> *Lyon*") }),
    });
    expect(await bot.deliver()).toMatchObject({ sent: 1, dead: 0 });
    const post = bot.fake.calls("chat.postMessage").find((c) => c.args.channel === "C0COMITE");
    expect(post?.args.text).toBe("Candidature de &lt;!channel&gt; \u2217Lyon\u2217 (déposée)");
    // The header is plain text, which Slack never reads as markup; every mrkdwn text has the name escaped.
    const blocks = post?.args.blocks as { type: string; text?: { type: string; text: string } }[];
    expect(blocks[0]?.text).toMatchObject({ type: "plain_text", text: "Candidature : <!channel> *Lyon*" });
    const mrkdwn = JSON.stringify(blocks).match(/"type":"mrkdwn","text":"(?:[^"\\]|\\.)*"/g) ?? [];
    expect(mrkdwn.length).toBeGreaterThan(0);
    expect(mrkdwn.filter((text) => text.includes("<"))).toEqual([]);
  });

  it("repeats an unknown sub-command escaped", async () => {
    const index = bot.fake.calls("response_url").length;
    await bot.command(USERS.focal.id, "<!here>");
    const reply = await bot.response(index);
    expect(reply.args.text).not.toContain("<!here>");
    expect(reply.args.text).toContain("n’est pas une commande EXPE-CT");
  });
});
