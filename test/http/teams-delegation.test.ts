import { VERB } from "../../src/teams/constants";
import { delegate } from "../../src/workflow";
import type { TeamsUser } from "../support/teams-activity";
import { labelledBody, openedMission } from "../support/workflow-kit";
import { AWA, cardOf, chatOf, FOCAL, type Harness, KARIM, MARIE, startHarness } from "./teams-harness";

const texts = (value: unknown) => JSON.stringify(value);

/** A colleague of the Senegal embassy who holds no role: only DAECT may name her, and does. */
const FATOU: TeamsUser = { id: "29:fatou", name: "Fatou Diop", aadObjectId: "aad-fatou" };
const FATOU_EMAIL = "stagiaire@sn.ambafrance.org";

describe("Teams: dated delegation (issue 13 §2)", () => {
  let h: Harness;
  let labelId: string;

  beforeEach(async () => {
    h = await startHarness();
    h.fake.addMember({ id: FATOU.id, name: FATOU.name, email: FATOU_EMAIL, aadObjectId: FATOU.aadObjectId });
    ({ labelId } = await labelledBody(h.kit));
    for (const user of [AWA, KARIM]) expect((await h.install(user)).status).toBe(200);
  });

  afterEach(async () => {
    h.checkAllCards();
    await h.close();
  });

  it("lets an embassy validator name a colleague from the personal chat, and refuses one of another country", async () => {
    const done = await h.reply(AWA, "délégation second@sn.ambafrance.org du 02/03/2026 au 20/03/2026");
    expect(done.text).toContain("Paul Sarr vous remplace du 2 mars 2026 au 20 mars 2026 inclus");
    const refused = await h.reply(AWA, "délégation consul@ma.ambafrance.org du 02/03/2026 au 20/03/2026");
    expect(refused.text).toContain("ne fait pas partie de la même ambassade ou du même organisme");
    expect((await h.reply(AWA, "délégation second@sn.ambafrance.org")).text).toContain("Écrivez « délégation »");
    expect((await h.reply(AWA, "délégation fin")).text).toContain("votre délégation est terminée (1)");
    expect(await h.kit.db.delegation.count()).toBe(1);
  });

  it("sends the stand-in the embassy's card; her Valider is recorded on the validator's behalf until the end date", async () => {
    await delegate(h.kit.ctx, h.kit.daect, {
      delegatorEmail: "consul@sn.ambafrance.org",
      delegateEmail: FATOU_EMAIL,
      from: "2026-03-02",
      to: "2026-03-20",
    });
    expect((await h.install(FATOU)).status).toBe(200);
    const missionId = await openedMission(h.kit, labelId);
    await h.deliver();
    const posted = h.fake.sent().filter((s) => s.conversationId === chatOf(FATOU) && cardOf(s.activity));
    const card = posted.at(-1);
    expect(cardOf(card?.activity).actions.map((a: { title: string }) => a.title)).toContain("Valider");

    const res = await h.click(FATOU, VERB.embassyValidate, { missionId, round: 0 }, card?.id);
    expect(texts(res.body.value)).toContain("Validée par Fatou Diop");
    await h.surface.idle();
    const fatou = await h.kit.db.person.findUniqueOrThrow({ where: { email: FATOU_EMAIL } });
    const awa = await h.kit.db.person.findUniqueOrThrow({ where: { email: "consul@sn.ambafrance.org" } });
    const audit = await h.kit.db.auditEvent.findFirstOrThrow({
      where: { entityId: missionId, action: "embassy_validate" },
    });
    expect(audit).toMatchObject({ actorId: fatou.id, platform: "teams" });
    expect(JSON.parse(audit.data ?? "{}")).toMatchObject({ onBehalfOfId: awa.id });

    // Morocco's validator stands in for nobody in Senegal: refused.
    const other = await openedMission(h.kit, labelId, { foreignPartner: "Ville de Thiès" });
    const karim = await h.click(KARIM, VERB.embassyValidate, { missionId: other, round: 0 });
    expect(texts(karim.body)).toContain("vous représentez celle au Maroc");
    // Past the 20th (Paris), the stand-in is refused as well.
    h.kit.clock.set("2026-03-21T08:00:00Z");
    const late = await h.click(FATOU, VERB.embassyValidate, { missionId: other, round: 0 });
    expect(texts(late.body)).toContain("Vous ne faites pas partie de cette mission");
    expect(await h.kit.db.embassyDecision.count({ where: { missionId: other } })).toBe(0);
  });

  it("shows a missionary standing in for the body's focal point the button to confirm, and confirms on its behalf", async () => {
    // Opening the mission makes Marie, its missionary, a person of the body.
    const missionId = await openedMission(h.kit, labelId);
    for (const user of [MARIE, FOCAL]) expect((await h.install(user)).status).toBe(200);
    const named = await h.reply(FOCAL, "délégation marie.durand@lyon.fr du 02/03/2026 au 06/03/2026");
    expect(named.text).toContain("Marie Durand vous remplace");
    await h.click(AWA, VERB.embassyValidate, { missionId, round: 0 });
    await h.deliver();
    const decided = h.fake
      .sent()
      .filter((s) => s.conversationId === chatOf(MARIE) && String(texts(cardOf(s.activity))).includes("Validée"));
    expect(texts(cardOf(decided.at(-1)?.activity))).toContain(VERB.missionConfirm);
    const res = await h.click(MARIE, VERB.missionConfirm, { missionId });
    expect(res.status).toBe(200);
    const audit = await h.kit.db.auditEvent.findFirstOrThrow({ where: { entityId: missionId, action: "confirm" } });
    const focal = await h.kit.db.person.findUniqueOrThrow({ where: { email: "referent@lyon.fr" } });
    expect(JSON.parse(audit.data ?? "{}")).toEqual({ onBehalfOfId: focal.id });
  });
});
