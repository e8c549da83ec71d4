import { VERB } from "../../src/teams/constants";
import type { TeamsUser } from "../support/teams-activity";
import { labelledBody, openedMission } from "../support/workflow-kit";
import { AWA, cardOf, chatOf, type Harness, KARIM, startHarness } from "./teams-harness";

const texts = (value: unknown) => JSON.stringify(value);

describe("Teams: chat commands", () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness();
  });

  afterEach(async () => {
    h.checkAllCards();
    await h.close();
  });

  async function reply(user: TeamsUser, text: string, locale?: string) {
    const before = h.fake.sent().length;
    const res = await h.say(user, text, locale ? { locale } : {});
    expect(res.status).toBe(200);
    const replies = h.fake
      .sent()
      .slice(before)
      .filter((s) => s.conversationId === chatOf(user));
    expect(replies).toHaveLength(1);
    return replies[0]?.activity;
  }

  it("answers aide in French, and help in English to an English-locale user", async () => {
    const fr = await reply(AWA, "aide");
    expect(texts(cardOf(fr))).toContain("Ce que je sais faire");
    expect(texts(cardOf(fr))).not.toContain("ambassade ici");

    const en = await reply(KARIM, "Help", "en-GB");
    expect(texts(cardOf(en))).toContain("What I can do");
    expect(texts(cardOf(en))).toContain("“pending”");
    const karim = await h.kit.db.person.findUniqueOrThrow({ where: { email: "consul@ma.ambafrance.org" } });
    expect(karim.locale).toBe("en");
  });

  it("lists the missions and the pending ones as cards to act on, for the person's countries only", async () => {
    const { labelId } = await labelledBody(h.kit);
    const sn = await openedMission(h.kit, labelId);
    await openedMission(h.kit, labelId, { countryCode: "MA", foreignPartner: "Ville de Tanger" });

    const list = await reply(AWA, "missions");
    expect(texts(cardOf(list))).toContain("Ville de Saint-Louis");
    expect(texts(cardOf(list))).not.toContain("Tanger");

    const pending = await reply(AWA, "En attente");
    expect(pending.attachments).toHaveLength(1);
    expect(cardOf(pending).actions[0]).toMatchObject({ verb: VERB.embassyValidate, data: { missionId: sn } });

    await h.click(AWA, VERB.embassyValidate, { missionId: sn, round: 0 });
    expect((await reply(AWA, "pending")).text).toBe("Rien n’attend d’action de votre part.");
    expect((await reply(KARIM, "pending", "en-US")).attachments).toHaveLength(1);
  });

  it("still answers 200, not the SDK's 500, when Teams cannot take the reply nor the error message", async () => {
    await h.install(AWA);
    const failed = h.fake.calls().length;
    h.fake.failNext(2, { status: 502 });
    const res = await h.say(AWA, "aide");
    expect(res.status).toBe(200);
    expect(
      h.fake
        .calls()
        .slice(failed)
        .map((c) => c.status),
    ).toEqual([502, 502]);
    expect((await h.say(AWA, "aide")).status).toBe(200);
  });

  it("says it did not understand, and points to the help", async () => {
    const answer = await reply(AWA, "<at>EXPE-CT</at> bonjour");
    expect(answer.text).toBe("Je n’ai pas compris « bonjour ». Tapez « aide ».");
  });

  it("asks to be run in a team channel for ambassade ici", async () => {
    const answer = await reply(AWA, "ambassade ici");
    expect(answer.text).toContain("canal d’équipe");
  });
});
