import { VERB } from "../../src/teams/constants";
import { type SlackBot, startSlackBot, textOf, USERS, viewOf } from "../support/slack-bot";
import { applicationValues } from "../support/slack-form-values";
import { labelledBody, openedMission, returnedMissionOf } from "../support/workflow-kit";
import { AWA, type Harness, KARIM, startHarness } from "./teams-harness";

/**
 * Every refusal a person can meet says what is wrong and what to do, in their language, with no code, field name,
 * id or zod wording: each is triggered here through the public endpoints, as Slack and Teams send them.
 */
function expectReadable(text: string | undefined, locale: "fr" | "en") {
  expect(text).toBeDefined();
  const said = String(text);
  expect(said).not.toMatch(/\b[a-z]+(?:_[a-z]+)+\b/); // error or permission codes: not_found, embassy_decide
  expect(said).not.toMatch(/\b(?:mission|report|application|label|admin|extension)\.[a-z]/); // mission.view
  expect(said).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/); // field names: complementaryAction
  expect(said).not.toMatch(/\bc[a-z0-9]{20,}\b/); // cuid ids
  expect(said).not.toMatch(/Entrée invalide|attendu|reçu|Invalid input|expected|received|\{\w+\}/i);
  if (locale === "fr") {
    expect(said).toMatch(/\b(vous|cette|ce|il faut|son|sa)\b/i);
    expect(said).not.toMatch(/\b(you|this|the)\b/i);
  } else {
    expect(said).toMatch(/\b(you|this|the)\b/i);
    expect(said).not.toMatch(/\b(vous|cette|il faut)\b/i);
  }
}

const HOME = { id: "VHOME", type: "home" };
const NANTES = { id: "U0NANTES", email: "referent@nantes.fr", locale: "fr-FR", realName: "Nina Nantes" };
const STRANGER = { id: "U0INTRUS", email: "x@intrus.fr", locale: "en-GB", realName: "Ivan Intrus" };

describe("Refusals on Slack", () => {
  let bot: SlackBot;

  beforeEach(async () => {
    bot = await startSlackBot();
    bot.fake.addUser(NANTES);
    bot.fake.addUser(STRANGER);
  });
  afterEach(async () => {
    const rejections = [...bot.fake.rejections];
    await bot.close();
    expect(rejections).toEqual([]);
  });

  /** A forged click from the App Home; what the bot DMs back to the clicker. */
  async function clickFromHome(userId: string, actionId: string, value: string) {
    bot.fake.reset();
    await bot.click({ userId, actions: [{ actionId, value }], view: HOME });
    return String((await bot.fake.waitFor("chat.postMessage", (c) => c.args.channel === userId)).args.text);
  }

  it("committee buttons, DAECT-only commands and a decided application, in French and English", async () => {
    await bot.submit({
      userId: USERS.focal.id,
      callbackId: "application_form",
      privateMetadata: JSON.stringify({ rows: ["r0"], next: 1 }),
      values: applicationValues(),
    });
    expect(await bot.deliver()).toMatchObject({ sent: 1, dead: 0 });
    const { id: applicationId } = await bot.kit.db.application.findFirstOrThrow();
    const ts = String(bot.fake.calls("chat.postMessage").find((c) => c.args.channel === "C0COMITE")?.response.ts);
    const approve = {
      channelId: "C0COMITE",
      messageTs: ts,
      actions: [{ actionId: "committee_approve", value: applicationId }],
    };

    // Not on the committee: a French focal point, then an English stranger.
    bot.fake.reset();
    await bot.click({ userId: USERS.focal.id, ...approve });
    const focalTold = String((await bot.fake.waitFor("chat.postEphemeral")).args.text);
    expect(focalTold).toContain("Pour décider de cette candidature, il faut être membre du comité de sélection.");
    expectReadable(focalTold, "fr");
    bot.fake.reset();
    await bot.click({ userId: STRANGER.id, ...approve });
    const strangerTold = String((await bot.fake.waitFor("chat.postEphemeral")).args.text);
    expect(strangerTold).toContain("To decide on this application, you must be a member of the selection committee.");
    expectReadable(strangerTold, "en");

    // DAECT-only: the admin sub-command, and a forged DAECT button.
    const index = bot.fake.calls("response_url").length;
    await bot.command(STRANGER.id, "admin ambassade TN Ambassade");
    expectReadable(String((await bot.response(index)).args.text), "en");

    // The committee decides; a late withdrawal is told the application's state, in words.
    await bot.click({ userId: USERS.committee.id, ...approve });
    await bot.fake.waitFor("chat.update");
    const late = await clickFromHome(USERS.focal.id, "application_withdraw", applicationId);
    expect(late).toBe("Impossible de retirer cette candidature : son état actuel est « approuvée ».");
    expectReadable(late, "fr");
  });

  it("another body's mission, a mission one is not part of, and a DAECT-only step", async () => {
    const lyon = await labelledBody(bot.kit);
    await labelledBody(bot.kit, "Ville de Nantes", NANTES.email);
    const { missionId } = await returnedMissionOf(bot.kit, lyon.labelId, lyon.focal);

    bot.fake.reset();
    await bot.click({ userId: NANTES.id, actions: [{ actionId: "report_review_open", value: missionId }], view: HOME });
    const modal = textOf(viewOf(await bot.fake.waitFor("views.update")).blocks);
    expect(modal).toContain("Ce dossier relève d’une autre collectivité que la vôtre");
    expectReadable(JSON.parse(modal)[0]?.text?.text, "fr");

    const outside = await clickFromHome(STRANGER.id, "mission_record_return", missionId);
    expectReadable(outside, "en");

    const daectOnly = await clickFromHome(NANTES.id, "reimbursement_paid", missionId);
    expect(daectOnly).toContain("il faut être membre de l’équipe DAECT");
    expectReadable(daectOnly, "fr");

    const missing = await clickFromHome(USERS.daect.id, "mission_close", "cm0000000000000000000000x");
    expect(missing).toContain("Cette mission n’existe pas ou plus");
    expectReadable(missing, "fr");
  });
});

describe("Refusals on Teams", () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    h.checkAllCards();
    await h.close();
  });

  /** The card's own words: the text blocks, not the card's JSON keys. */
  const textsOf = (value: unknown): string[] =>
    JSON.stringify(value)
      .match(/"text":"((?:[^"\\]|\\.)*)"/g)
      ?.map((m) => JSON.parse(m.slice(7)) as string) ?? [];

  it("tells an embassy of another country whose mission it is, in the person's language", async () => {
    const { labelId } = await labelledBody(h.kit);
    await h.install(KARIM, { locale: "en-GB" });
    await h.install(AWA);
    const missionId = await openedMission(h.kit, labelId);

    const english = await h.click(KARIM, VERB.embassyValidate, { missionId, round: 0 }, undefined, { locale: "en-GB" });
    const refusal = textsOf(english.body.value).find((t) => t.includes("embassy"));
    expect(refusal).toBe(
      "This mission is for the French embassy in Senegal, and you stand for the one in Morocco: it is theirs to handle.",
    );
    expectReadable(refusal, "en");

    await h.kit.db.person.update({ where: { email: "consul@ma.ambafrance.org" }, data: { locale: "fr" } });
    const french = await h.click(KARIM, VERB.missionRefresh, { missionId });
    const refusalFr = textsOf(french.body.value).find((t) => t.includes("ambassade"));
    expect(refusalFr).toBe(
      "Cette mission relève de l’ambassade de France au Sénégal, et vous représentez celle au Maroc : c’est à elle de la traiter.",
    );
    expectReadable(refusalFr, "fr");

    // A card for a mission the person is not part of at all.
    const report = await h.click(AWA, VERB.reportForm, { missionId });
    const reportRefusal = textsOf(report.body.value).find((t) => /mission/.test(t) && /vous|you/i.test(t));
    expectReadable(reportRefusal, "fr");
  });
});
