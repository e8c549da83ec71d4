import { revokeLabel } from "../../src/workflow";
import { type SlackBot, startSlackBot, textOf, USERS } from "../support/slack-bot";
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

async function ask(userId: string, text: string) {
  const index = bot.fake.calls("response_url").length;
  const reply = await bot.command(userId, text);
  expect(reply.status).toBe(200);
  return (await bot.response(index)).args;
}

describe("/expect verifier <number> over HTTP", () => {
  it("states what the public page states, in French, to anyone Slack identifies", async () => {
    await labelledBody(bot.kit, "Ville de Lyon", "referent@lyon.fr");
    const answer = await ask(USERS.focal.id, "vérifier EXPE-CT-2026-0001");
    expect(answer).toMatchObject({ response_type: "ephemeral", text: "Label valide" });
    const blocks = textOf(answer.blocks);
    for (const fact of ["*Label valide*", "*Numéro*\\nEXPE-CT-2026-0001", "*Titulaire*\\nVille de Lyon"]) {
      expect(blocks).toContain(fact);
    }
    expect(blocks).toContain("*Thèmes*\\nDéchets et tri sélectif");
    expect(blocks).toContain("*Validité*\\ndu 2 mars 2026 au 1 mars 2029");
    // No person, no e-mail.
    expect(blocks).not.toContain("referent@lyon.fr");
    expect(blocks).not.toContain("Marie Durand");
    // Copied with spaces around its dashes and in lower case, it is the same number.
    const spaced = await ask(USERS.focal.id, "verifier  expe-ct - 2026 - 0001 ");
    expect(spaced.text).toBe("Label valide");
    expect(textOf(spaced.blocks)).toContain("*Numéro*\\nEXPE-CT-2026-0001");
  });

  it("speaks English under the English name, and words a revocation with its date", async () => {
    const { labelId } = await labelledBody(bot.kit);
    bot.kit.clock.set("2026-09-15T10:00:00Z");
    await revokeLabel(bot.kit.ctx, bot.kit.daect, { labelId, reason: "Engagements non tenus" });
    const answer = await ask(USERS.missionary.id, "verify expe-ct-2026-0001");
    expect(answer.text).toBe("Label revoked on 15 September 2026");
    expect(textOf(answer.blocks)).toContain("*Themes*\\nWaste and recycling");
    expect(textOf(answer.blocks)).not.toContain("Engagements");
  });

  it("says so for an unknown or malformed number, and how to use it without one", async () => {
    expect((await ask(USERS.focal.id, "verifier EXPE-CT-2099-0042")).text).toBe(
      "Aucun diplôme EXPE-CT ne porte ce numéro. Vérifiez qu’il a été recopié en entier.",
    );
    expect((await ask(USERS.focal.id, `verifier ../${"x".repeat(300)}`)).text).toContain("Aucun diplôme");
    expect((await ask(USERS.focal.id, "verifier")).text).toContain("`/expect verifier EXPE-CT-2026-0001`");
  });

  it("escapes a hostile body name through mrkdwn: no mention, link or formatting survives", async () => {
    await labelledBody(bot.kit, "<!channel> *Ville* <https://evil.example|clic> _x_", "referent@hostile.fr");
    const blocks = textOf((await ask(USERS.focal.id, "verifier EXPE-CT-2026-0001")).blocks);
    expect(blocks).toContain("&lt;!channel&gt; ∗Ville∗ &lt;https://evil.example|clic&gt; ˍxˍ");
    expect(blocks).not.toContain("<!channel>");
  });

  it("is in the help of every role", async () => {
    expect(textOf((await ask(USERS.focal.id, "aide")).blocks)).toContain("/expect verifier");
    expect(textOf((await ask(USERS.missionary.id, "help")).blocks)).toContain("/expect verify");
  });
});
