import { grantRole } from "../../src/workflow";
import { type SlackBot, startSlackBot, textOf, USERS, viewOf } from "../support/slack-bot";
import { applicationValues, many, radio, ticked, typed } from "../support/slack-form-values";

/** Two more committee members: one who sits on Lyon's council, one tied to no body. */
const ELU = { id: "U0ELU", email: "elu@lyon.fr", locale: "fr-FR", realName: "Élu Lyonnais" };
const BRUNO = { id: "U0BRUNO", email: "bruno@comite.fr", locale: "fr-FR", realName: "Bruno Membre" };

let bot: SlackBot;

beforeEach(async () => {
  bot = await startSlackBot();
  for (const user of [ELU, BRUNO]) {
    bot.fake.addUser(user);
    await grantRole(bot.kit.ctx, bot.kit.daect, { email: user.email, role: "committee", name: user.realName });
  }
});

afterEach(async () => {
  const rejections = [...bot.fake.rejections];
  await bot.close();
  expect(rejections).toEqual([]);
});

/** What the file says and the channel's message does not: competences, theme, expert, who filed it. */
const FILE_DETAILS = ["Tri sélectif et valorisation des déchets ménagers", "Déchets", "Marie Durand", "Léa Référente"];

type Block = { type: string; elements?: { action_id: string; value?: string }[] };
const buttonsOf = (blocks: unknown) =>
  ((blocks ?? []) as Block[]).filter((b) => b.type === "actions").flatMap((b) => b.elements ?? []);

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
  return { applicationId: app.id, organisationId: app.organisationId, ts: String(post.response.ts) };
}

/** A member declares their ties from the committee's message: the button opens the form, the form is sent. */
async function declare(userId: string, ts: string, applicationId: string, values: Record<string, unknown>) {
  bot.fake.reset();
  await bot.click({
    userId,
    channelId: "C0COMITE",
    messageTs: ts,
    actions: [{ actionId: "committee_declare_ties", value: applicationId }],
  });
  const modal = viewOf(await bot.fake.waitFor("views.open"));
  expect(modal.callback_id).toBe("committee_ties_form");
  return bot.submit({
    userId,
    callbackId: "committee_ties_form",
    privateMetadata: modal.private_metadata ?? "",
    values: values as never,
  });
}

/** The committee message drawn again with `text` in it (a form's update lands after its answer). */
const updateWith = (text: string) => bot.fake.waitFor("chat.update", (c) => textOf(c.args.blocks).includes(text));

async function opinion(userId: string, ts: string, applicationId: string) {
  bot.fake.reset();
  await bot.click({
    userId,
    channelId: "C0COMITE",
    messageTs: ts,
    actions: [{ actionId: "committee_recommend", value: applicationId }],
  });
  const meta = viewOf(await bot.fake.waitFor("views.open")).private_metadata ?? "";
  await bot.submit({
    userId,
    callbackId: "recommend_form",
    privateMetadata: meta,
    values: { recommendation: radio("favourable"), comment: typed(null) },
  });
}

describe("Slack committee: conflicts of interest and changes asked of the body", () => {
  it("a tied member abstains, the committee asks for changes, the body resubmits, the committee approves", async () => {
    const { applicationId, organisationId, ts } = await appliedAndPosted();
    const click = (userId: string, actionId: string) =>
      bot.click({ userId, channelId: "C0COMITE", messageTs: ts, actions: [{ actionId, value: applicationId }] });
    // The channel's message names the body, so a member knows whether they are tied, and not the file.
    const posted = textOf(bot.fake.calls("chat.postMessage").find((c) => c.args.channel === "C0COMITE")?.args.blocks);
    expect(posted).toContain("Ville de Lyon");
    for (const detail of FILE_DETAILS) expect(posted).not.toContain(detail);

    // A member who has not declared sees neither the file's details nor may act: they are invited to declare.
    bot.fake.reset();
    await click(BRUNO.id, "committee_details");
    const invite = await bot.fake.waitFor("chat.postEphemeral");
    expect(invite.args).toMatchObject({ channel: "C0COMITE", user: BRUNO.id });
    expect(String(invite.args.text)).toContain("déclarez vos liens");
    expect(buttonsOf(invite.args.blocks).map((b) => b.action_id)).toEqual(["committee_declare_ties"]);
    bot.fake.reset();
    await click(BRUNO.id, "committee_approve");
    expect(String((await bot.fake.waitFor("chat.postEphemeral")).args.text)).toContain("déclarez vos liens");
    expect(await bot.kit.db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: "submitted",
    });

    // One member declares a tie to Lyon, another none; the form refuses a declaration that says neither.
    const empty = await declare(BRUNO.id, ts, applicationId, { organisationIds: many([]), none: ticked([]) });
    expect(empty.body).toMatchObject({ response_action: "errors", errors: { organisationIds: expect.any(String) } });
    const tied = await declare(ELU.id, ts, applicationId, {
      organisationIds: many([organisationId]),
      none: ticked([]),
    });
    expect(tied.body).toMatchObject({ response_action: "update" });
    const free = await declare(BRUNO.id, ts, applicationId, { organisationIds: many([]), none: ticked(["none"]) });
    expect(free.body).toMatchObject({ response_action: "update" });
    expect(await bot.kit.db.auditEvent.count({ where: { action: "declare_ties" } })).toBe(3);

    // Declared and free, a member reads the file.
    bot.fake.reset();
    await click(BRUNO.id, "committee_details");
    const file = textOf(viewOf(await bot.fake.waitFor("views.open")).blocks);
    for (const detail of FILE_DETAILS) expect(file).toContain(detail);

    // The tied member is shown no file, and is refused any opinion or decision; the abstention shows.
    bot.fake.reset();
    await click(ELU.id, "committee_details");
    const noFile = await bot.fake.waitFor("chat.postEphemeral");
    expect(noFile.args).toMatchObject({ channel: "C0COMITE", user: ELU.id });
    expect(String(noFile.args.text)).toContain(
      "Vous avez déclaré un lien avec Ville de Lyon : le dossier de cette candidature ne vous est pas montré",
    );
    expect(bot.fake.calls("views.open")).toEqual([]);
    bot.fake.reset();
    await click(ELU.id, "committee_recommend");
    const refused = await bot.fake.waitFor("chat.postEphemeral");
    expect(String(refused.args.text)).toContain("Vous avez déclaré un lien avec Ville de Lyon");
    expect(bot.fake.calls("views.open")).toEqual([]);
    expect(textOf((await bot.fake.waitFor("chat.update")).args.blocks)).toContain("1 abstention");
    bot.fake.reset();
    await click(ELU.id, "committee_approve");
    expect(String((await bot.fake.waitFor("chat.postEphemeral")).args.text)).toContain(
      "Votre abstention est enregistrée",
    );
    expect(await bot.kit.db.auditEvent.count({ where: { entityId: applicationId, action: "abstain" } })).toBe(1);

    // The two free members give their opinions.
    await opinion(USERS.committee.id, ts, applicationId);
    await updateWith("1 favorable(s), 1 abstention");
    await opinion(BRUNO.id, ts, applicationId);
    await updateWith("2 favorable(s), 1 abstention");

    // The committee asks for changes, with a required comment.
    bot.fake.reset();
    await click(USERS.committee.id, "committee_request_changes");
    const changes = viewOf(await bot.fake.waitFor("views.open"));
    expect(changes.callback_id).toBe("request_changes_form");
    const meta = changes.private_metadata ?? "";
    const noComment = await bot.submit({
      userId: USERS.committee.id,
      callbackId: "request_changes_form",
      privateMetadata: meta,
      values: { comment: typed(null) },
    });
    expect(noComment.body).toEqual({
      response_action: "errors",
      errors: { comment: "Un commentaire est obligatoire." },
    });
    await bot.submit({
      userId: USERS.committee.id,
      callbackId: "request_changes_form",
      privateMetadata: meta,
      values: { comment: typed("Précisez la compétence compostage") },
    });
    const waiting = await updateWith("Modifications demandées");
    expect(buttonsOf(waiting.args.blocks).map((b) => b.action_id)).toEqual([
      "committee_details",
      "committee_declare_ties",
    ]);
    // The comment may quote the file: it is in the file, not in the channel.
    expect(textOf(waiting.args.blocks)).not.toContain("Précisez la compétence compostage");

    // The body gets its file back in Slack, with the comment and a button that opens the form pre-filled.
    bot.fake.reset();
    await bot.deliver();
    const dm = bot.fake.calls("chat.postMessage").find((c) => c.args.channel === USERS.focal.id);
    expect(textOf(dm?.args.blocks)).toContain("Précisez la compétence compostage");
    const revise = buttonsOf(dm?.args.blocks).find((b) => b.action_id === "application_revise");
    expect(revise?.value).toBe(applicationId);
    bot.fake.reset();
    await bot.click({
      userId: USERS.focal.id,
      channelId: "D0LYON",
      messageTs: "1700000000.000100",
      actions: [{ actionId: "application_revise", value: applicationId }],
    });
    const form = viewOf(await bot.fake.waitFor("views.open"));
    expect(form.callback_id).toBe("application_form");
    expect(JSON.parse(form.private_metadata ?? "{}")).toEqual({ rows: ["r0"], next: 1, applicationId });
    expect(textOf(form.blocks)).toContain("Tri sélectif et valorisation des déchets ménagers");
    expect(textOf(form.blocks)).toContain("Précisez la compétence compostage");

    const done = await bot.submit({
      userId: USERS.focal.id,
      callbackId: "application_form",
      privateMetadata: form.private_metadata ?? "",
      values: applicationValues({ competences: typed("Tri sélectif, compostage et valorisation des déchets") }),
    });
    expect(textOf(done.body)).toContain("Dossier modifié renvoyé au comité de sélection");
    bot.fake.reset();
    await bot.deliver();
    const back = await updateWith("champs modifiés : Compétences et savoir-faire");
    expect(back.args).toMatchObject({ channel: "C0COMITE", ts });
    expect(await bot.kit.db.application.count()).toBe(1);

    // The committee approves the revised file: the message keeps the count.
    bot.fake.reset();
    await click(USERS.committee.id, "committee_approve");
    const approved = await updateWith("Approuvée* par Claire Comité");
    expect(textOf(approved.args.blocks)).toContain("2 favorable(s), 1 abstention");
  });

  it("keeps a tie that abstains on a pending application: declaring none is refused under the bodies, in French", async () => {
    const { applicationId, organisationId, ts } = await appliedAndPosted();
    await declare(ELU.id, ts, applicationId, { organisationIds: many([organisationId]), none: ticked([]) });
    const none = await declare(ELU.id, ts, applicationId, { organisationIds: many([]), none: ticked(["none"]) });
    expect(none.body).toMatchObject({
      response_action: "errors",
      errors: {
        organisationIds: expect.stringContaining(
          "Votre lien avec Ville de Lyon reste déclaré : une candidature de cet organisme est devant le comité",
        ),
      },
    });
    const elu = await bot.kit.db.person.findUniqueOrThrow({ where: { email: ELU.email } });
    const ties = await bot.kit.db.committeeTie.findMany({ where: { personId: elu.id } });
    expect(ties.map((r) => r.organisationId)).toEqual([organisationId]);
    expect(await bot.kit.db.auditEvent.count({ where: { entityId: elu.id, action: "declare_ties" } })).toBe(1);
  });
});
