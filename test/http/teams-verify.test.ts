import { revokeLabel } from "../../src/workflow";
import { assertValidCard } from "../support/adaptive-cards";
import { labelledBody } from "../support/workflow-kit";
import { cardOf, FOCAL, type Harness, KARIM, startHarness } from "./teams-harness";

const texts = (value: unknown) => JSON.stringify(value);

describe("Teams: vérifier <numéro> in the personal chat", () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness();
    await h.install(FOCAL);
  });

  afterEach(async () => {
    h.checkAllCards();
    await h.close();
  });

  it("answers the standing and the facts of the public page, in French, as a card", async () => {
    await labelledBody(h.kit, "Ville de Lyon", "contact@lyon.fr");
    const answer = await h.reply(FOCAL, "Vérifier EXPE-CT-2026-0001");
    const card = cardOf(answer);
    assertValidCard(card);
    expect(card.body[0]).toMatchObject({ text: "Label valide", color: "Good" });
    expect(card.body[1].facts).toEqual([
      { title: "Numéro", value: "EXPE-CT-2026-0001" },
      { title: "Titulaire", value: "Ville de Lyon" },
      { title: "Thèmes", value: "Déchets et tri sélectif" },
      { title: "Validité", value: "du 2 mars 2026 au 1 mars 2029" },
    ]);
    expect(texts(card)).not.toContain("contact@lyon.fr");
    // A word processor's dashes and spaces around them: the same number.
    const spaced = cardOf(await h.reply(FOCAL, "vérifier EXPE \u2013 CT \u2013 2026 \u2013 0001"));
    expect(spaced.body[0]).toMatchObject({ text: "Label valide" });
    expect(spaced.body[1].facts[0]).toEqual({ title: "Numéro", value: "EXPE-CT-2026-0001" });
  });

  it("speaks English to an English-locale person, with the revocation's date", async () => {
    const { labelId } = await labelledBody(h.kit, "Ville de Lyon", "contact@lyon.fr");
    h.kit.clock.set("2026-09-15T10:00:00Z");
    await revokeLabel(h.kit.ctx, h.kit.daect, { labelId, reason: "Engagements non tenus" });
    await h.install(KARIM, { locale: "en-GB" });
    const before = h.fake.sent().length;
    expect((await h.say(KARIM, "verify EXPE-CT-2026-0001", { locale: "en-GB" })).status).toBe(200);
    const card = cardOf(h.fake.sent()[before]?.activity);
    assertValidCard(card);
    expect(card.body[0]).toMatchObject({ text: "Label revoked on 15 September 2026", color: "Attention" });
    expect(texts(card)).toContain("Waste and recycling");
    expect(texts(card)).not.toContain("Engagements");
  });

  it("says so for an unknown number, and how to use it without one", async () => {
    expect((await h.reply(FOCAL, "verifier EXPE-CT-2099-0042")).text).toBe(
      "Aucun diplôme EXPE-CT ne porte ce numéro. Vérifiez qu’il a été recopié en entier.",
    );
    expect((await h.reply(FOCAL, "vérifier")).text).toContain("« vérifier EXPE-CT-2026-0001 »");
  });

  it("escapes a hostile body name as markdown", async () => {
    await labelledBody(h.kit, "**Ville** [clic](https://evil.example) <b>x</b>", "referent@hostile.fr");
    const card = cardOf(await h.reply(FOCAL, "verifier EXPE-CT-2026-0001"));
    expect(card.body[1].facts[1]).toEqual({
      title: "Titulaire",
      value: "\\*\\*Ville\\*\\* \\[clic\\](https://evil.example) \\<b\\>x\\</b\\>",
    });
  });

  it("is in the personal help", async () => {
    expect(texts(cardOf(await h.reply(FOCAL, "aide")))).toContain("« vérifier EXPE-CT-2026-0001 »");
  });
});
