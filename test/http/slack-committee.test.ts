import { committeeMessageOf } from "../../src/slack/store/slack-posted-messages";
import { decideApplication } from "../../src/workflow";
import { drawnQrCodes } from "../support/pdf-content";
import { PUBLIC_BASE_URL, type SlackBot, startSlackBot, textOf, USERS, viewOf } from "../support/slack-bot";
import { applicationValues, radio, typed } from "../support/slack-form-values";

let bot: SlackBot;

beforeEach(async () => {
  bot = await startSlackBot();
});

afterEach(async () => {
  const rejections = [...bot.fake.rejections];
  await bot.close();
  expect(rejections).toEqual([]);
});

/** The focal point applies from Slack and the deliverer posts the application to the committee channel. */
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
  return { applicationId: app.id, ts: String(post.response.ts), post };
}

/** "Voir le dossier" as a committee member who declared no tie (the kit's Claire): the file's modal. */
async function fileAs(userId: string, applicationId: string, ts: string) {
  bot.fake.reset();
  await bot.click({
    userId,
    channelId: "C0COMITE",
    messageTs: ts,
    actions: [{ actionId: "committee_details", value: applicationId }],
  });
  return textOf(viewOf(await bot.fake.waitFor("views.open")).blocks);
}

type Block = { type: string; elements?: { action_id: string }[] };
const actionIds = (blocks: unknown) =>
  ((blocks ?? []) as Block[])
    .filter((b) => b.type === "actions")
    .flatMap((b) => b.elements?.map((e) => e.action_id) ?? []);

describe("Slack committee", () => {
  it("posts each application as a summary with the committee's buttons, the file on demand, and remembers where", async () => {
    const { applicationId, ts, post } = await appliedAndPosted();
    const posted = textOf(post.args.blocks);
    expect(posted).toContain("Candidature : Ville de Lyon");
    expect(posted).toContain("*État*\\ndéposée");
    // The channel reads it before declaring ties: none of the file's details, nor who filed it.
    for (const detail of ["Marie Durand", "Tri sélectif", "Déchets", "Léa Référente", "deviendra référent"]) {
      expect(posted).not.toContain(detail);
    }
    expect(actionIds(post.args.blocks)).toEqual([
      "committee_recommend",
      "committee_approve",
      "committee_reject",
      "committee_request_changes",
      "committee_details",
      "committee_declare_ties",
    ]);
    expect(await committeeMessageOf(bot.kit.ctx, applicationId)).toEqual({ channel: "C0COMITE", ts });
    expect((await bot.kit.db.outbox.findFirstOrThrow()).sentVia).toBe("slack");
    // A member who declared no tie opens the file: the themes, the competences, the experts, who filed it.
    const file = await fileAs(USERS.committee.id, applicationId, ts);
    for (const detail of [
      "Marie Durand",
      "Tri sélectif et valorisation des déchets ménagers",
      "Déchets",
      "Léa Référente",
    ]) {
      expect(file).toContain(detail);
    }
  });

  it("approves from the button, updates the message in place with who and when, and DMs the diploma", async () => {
    const { applicationId, ts } = await appliedAndPosted();
    bot.fake.reset();
    const click = await bot.click({
      userId: USERS.committee.id,
      channelId: "C0COMITE",
      messageTs: ts,
      actions: [{ actionId: "committee_approve", value: applicationId }],
    });
    expect(click.status).toBe(200);
    const update = await bot.fake.waitFor("chat.update");
    expect(update.args).toMatchObject({ channel: "C0COMITE", ts });
    expect(textOf(update.args.blocks)).toMatch(/Approuvée\* par Claire Comité le 2 mars 2026.*EXPE-CT-2026-0001/);
    expect(actionIds(update.args.blocks)).toEqual(["committee_details"]);

    expect(await bot.deliver()).toMatchObject({ sent: 2, dead: 0 });
    expect(bot.fake.calls("chat.postMessage").filter((c) => c.args.channel === "C0COMITE")).toHaveLength(0);
    expect(bot.fake.calls("chat.update").every((c) => c.args.ts === ts)).toBe(true);
    const [diploma] = bot.fake.uploads;
    expect(diploma).toMatchObject({ channelId: "D0LYON", filename: "diplome-EXPE-CT-2026-0001.pdf" });
    expect(diploma?.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(diploma?.bytes.includes("EXPE-CT-2026-0001")).toBe(true);
    // Its QR code leads to the public check, under PUBLIC_BASE_URL.
    expect(drawnQrCodes(diploma?.bytes as Buffer)).toEqual([`${PUBLIC_BASE_URL}/diplomes/EXPE-CT-2026-0001`]);
    expect(diploma?.initialComment).toContain("Ville de Lyon est labellisée EXPE-CT");
  });

  it("a second click changes nothing and says who decided and when; someone outside the committee is told why", async () => {
    const { applicationId, ts } = await appliedAndPosted();
    const approve = {
      channelId: "C0COMITE",
      messageTs: ts,
      actions: [{ actionId: "committee_approve", value: applicationId }],
    };
    await bot.click({ userId: USERS.committee.id, ...approve });
    await bot.fake.waitFor("chat.update");
    await bot.click({ userId: USERS.committee.id, ...approve });
    await bot.fake.waitFor("chat.update", (c) => bot.fake.calls("chat.update").indexOf(c) === 1);
    const late = await bot.fake.waitFor("chat.postEphemeral");
    expect(late.args).toMatchObject({
      channel: "C0COMITE",
      user: USERS.committee.id,
      text: "Candidature déjà approuvée par Claire Comité le 2 mars 2026, 10:00 : rien n’a changé.",
    });
    expect(await bot.kit.db.label.count()).toBe(1);
    bot.fake.reset();
    await bot.click({ userId: USERS.focal.id, ...approve });
    const told = await bot.fake.waitFor("chat.postEphemeral");
    expect(told.args).toMatchObject({
      channel: "C0COMITE",
      user: USERS.focal.id,
      text: expect.stringContaining("Pour décider de cette candidature, il faut être membre du comité de sélection"),
    });
  });

  it("rejects with the reason typed in a modal, required, then shows who rejected in the message, the reason in the file", async () => {
    const { applicationId, ts } = await appliedAndPosted();
    await bot.click({
      userId: USERS.committee.id,
      channelId: "C0COMITE",
      messageTs: ts,
      actions: [{ actionId: "committee_reject", value: applicationId }],
    });
    const modal = viewOf(await bot.fake.waitFor("views.open"));
    expect(modal.callback_id).toBe("reject_form");
    const meta = modal.private_metadata ?? "";
    expect(JSON.parse(meta)).toEqual({ applicationId, channel: "C0COMITE", ts });
    const empty = await bot.submit({
      userId: USERS.committee.id,
      callbackId: "reject_form",
      privateMetadata: meta,
      values: { reason: typed(null) },
    });
    expect(empty.body).toEqual({ response_action: "errors", errors: { reason: "Un commentaire est obligatoire." } });
    const done = await bot.submit({
      userId: USERS.committee.id,
      callbackId: "reject_form",
      privateMetadata: meta,
      values: { reason: typed("Expertise trop peu documentée") },
    });
    expect(done.body).toMatchObject({ response_action: "update" });
    const update = await bot.fake.waitFor("chat.update");
    expect(textOf(update.args.blocks)).toContain("Rejetée* par Claire Comité");
    expect(textOf(update.args.blocks)).not.toContain("Expertise trop peu documentée");
    expect(await fileAs(USERS.committee.id, applicationId, ts)).toContain("Expertise trop peu documentée");
  });

  it("records a recommendation from its modal and keeps the buttons: each member gives their own opinion", async () => {
    const { applicationId, ts } = await appliedAndPosted();
    await bot.click({
      userId: USERS.committee.id,
      channelId: "C0COMITE",
      messageTs: ts,
      actions: [{ actionId: "committee_recommend", value: applicationId }],
    });
    const meta = viewOf(await bot.fake.waitFor("views.open")).private_metadata ?? "";
    await bot.submit({
      userId: USERS.committee.id,
      callbackId: "recommend_form",
      privateMetadata: meta,
      values: { recommendation: radio("favourable"), comment: typed(null) },
    });
    const update = await bot.fake.waitFor("chat.update");
    // The message counts the opinions; who gave which, with their comments, is in the file.
    expect(textOf(update.args.blocks)).toContain("*Avis* : 1 favorable(s)");
    expect(textOf(update.args.blocks)).not.toContain("Claire Comité");
    expect(actionIds(update.args.blocks)).toEqual([
      "committee_recommend",
      "committee_approve",
      "committee_reject",
      "committee_request_changes",
      "committee_details",
      "committee_declare_ties",
    ]);
    expect(await fileAs(USERS.committee.id, applicationId, ts)).toContain("Avis favorable — Claire Comité");
  });

  it("a late reject or opinion click opens no form and says who decided; a late form says who took the step", async () => {
    const { applicationId, ts } = await appliedAndPosted();
    const clickAs = (actionId: string) =>
      bot.click({
        userId: USERS.committee.id,
        channelId: "C0COMITE",
        messageTs: ts,
        actions: [{ actionId, value: applicationId }],
      });
    await clickAs("committee_recommend");
    const meta = viewOf(await bot.fake.waitFor("views.open")).private_metadata ?? "";
    const opinion = { recommendation: radio("favourable"), comment: typed(null) };
    await bot.submit({
      userId: USERS.committee.id,
      callbackId: "recommend_form",
      privateMetadata: meta,
      values: opinion,
    });
    // The same form sent again (a second committee member, a double submit) records nothing and says by whom.
    const again = await bot.submit({
      userId: USERS.committee.id,
      callbackId: "recommend_form",
      privateMetadata: meta,
      values: opinion,
    });
    expect(textOf(again.body)).toContain("Avis favorable déjà donné par Claire Comité le 2 mars 2026, 10:00");
    expect(await bot.kit.db.auditEvent.count({ where: { entityId: applicationId, action: "recommend" } })).toBe(1);

    bot.fake.reset();
    await clickAs("committee_recommend");
    const told = await bot.fake.waitFor("chat.postEphemeral");
    expect(told.args.text).toContain("Avis favorable déjà donné par Claire Comité");

    // Another member rejects meanwhile, from their own copy of the message.
    await decideApplication(bot.kit.ctx, bot.kit.committee, {
      applicationId,
      decision: "reject",
      reason: "Hors champ",
    });
    bot.fake.reset();
    await clickAs("committee_reject");
    const late = await bot.fake.waitFor("chat.postEphemeral");
    expect(late.args).toMatchObject({
      user: USERS.committee.id,
      text: "Candidature déjà rejetée par Claire Comité le 2 mars 2026, 10:00 : rien n’a changé.",
    });
    expect(bot.fake.calls("views.open")).toEqual([]);
  });

  it("leaves retries to notify: a 429 postpones the row by Slack's Retry-After", async () => {
    await bot.submit({
      userId: USERS.focal.id,
      callbackId: "application_form",
      privateMetadata: JSON.stringify({ rows: ["r0"], next: 1 }),
      values: applicationValues(),
    });
    bot.fake.rateLimit("chat.postMessage", 1, 42);
    expect(await bot.deliver()).toMatchObject({ sent: 0, retrying: 1 });
    expect(bot.fake.calls("chat.postMessage")).toHaveLength(1);
    const row = await bot.kit.db.outbox.findFirstOrThrow();
    expect(row.nextAttemptAt.getTime() - bot.kit.clock.now().getTime()).toBe(42_000);
    bot.kit.clock.set(new Date(row.nextAttemptAt.getTime() + 1));
    expect(await bot.deliver()).toMatchObject({ sent: 1 });
  });
});
