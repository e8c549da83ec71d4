import { VERB } from "../../src/teams/constants";
import { labelledBody, openedMission } from "../support/workflow-kit";
import { AWA, cardOf, chatOf, type Harness, PAUL, startHarness } from "./teams-harness";

const texts = (value: unknown) => JSON.stringify(value);

describe("Teams: a file says what happens next (issue 12 §4)", () => {
  let h: Harness;
  let labelId: string;

  beforeEach(async () => {
    h = await startHarness();
    ({ labelId } = await labelledBody(h.kit));
  });

  afterEach(async () => {
    h.checkAllCards();
    await h.close();
  });

  function lastCardIn(user: typeof AWA) {
    const posted = h.fake.sent().filter((s) => s.conversationId === chatOf(user) && cardOf(s.activity));
    const last = posted.at(-1);
    if (!last) throw new Error(`no card in ${user.name}'s chat`);
    return { id: last.id, card: cardOf(last.activity) };
  }

  it("shows the embassy in Dakar the decision in Dakar time, and Paris staff in Paris time", async () => {
    // Awa's Teams client says she is in Dakar; Paul's says nothing (TZ_DEFAULT, Paris).
    expect((await h.install(AWA, { localTimezone: "Africa/Dakar" })).status).toBe(200);
    expect((await h.install(PAUL)).status).toBe(200);
    const awa = await h.kit.db.person.findUniqueOrThrow({ where: { email: "consul@sn.ambafrance.org" } });
    expect(awa.timeZone).toBe("Africa/Dakar");
    const missionId = await openedMission(h.kit, labelId);
    await h.deliver();

    // The card the embassy decides on already says when the report is planned: last leg 10 April + 2 months.
    const awaCard = lastCardIn(AWA);
    expect(texts(awaCard.card)).toContain("Échéance prévue du rapport");
    expect(texts(awaCard.card)).toContain("10 juin 2026");
    expect(texts(awaCard.card)).toContain("Sénégal");
    const paulCard = lastCardIn(PAUL);

    // The kit's clock: 2 March 2026, 09:00 UTC, which is 09:00 in Dakar and 10:00 in Paris.
    const res = await h.click(AWA, VERB.embassyValidate, { missionId, round: 0 }, awaCard.id);
    expect(texts(res.body.value)).toContain("Validée par Awa Ndiaye le 2 mars 2026, 09:00 (heure de Dakar)");
    await h.surface.idle();
    const update = h.fake.updates().find((u) => u.activityId === paulCard.id);
    expect(texts(cardOf(update?.activity))).toContain("Validée par Awa Ndiaye le 2 mars 2026, 10:00");
    expect(texts(cardOf(update?.activity))).not.toContain("heure de");
  });

  it("lists missions with the country's name and the planned deadline, in French and in English", async () => {
    await h.install(AWA);
    await openedMission(h.kit, labelId);
    const fr = await h.reply(AWA, "missions");
    expect(texts(cardOf(fr))).toContain("(Sénégal)");
    expect(texts(cardOf(fr))).toContain("échéance prévue du rapport : 10 juin 2026");
    expect(texts(cardOf(fr))).not.toContain("(SN)");

    await h.kit.db.person.update({ where: { email: "consul@sn.ambafrance.org" }, data: { locale: "en" } });
    const en = await h.reply(AWA, "missions");
    expect(texts(cardOf(en))).toContain("(Senegal)");
    expect(texts(cardOf(en))).toContain("planned report deadline: 10 June 2026");
  });
});
