import { VERB } from "../../src/teams/constants";
import { t } from "../../src/teams/words";
import { decideAsEmbassy } from "../../src/workflow";
import type { TeamsUser } from "../support/teams-activity";
import { labelledBody, openedMission } from "../support/workflow-kit";
import { cardOf, chatOf, FOCAL, type Harness, MARIE, startHarness } from "./teams-harness";

const texts = (value: unknown) => JSON.stringify(value);

/** The Action.Execute buttons of a card, top-level and inside its action sets at any depth. */
function executes(node: any): any[] {
  if (Array.isArray(node)) return node.flatMap(executes);
  if (!node || typeof node !== "object") return [];
  return [...(node.type === "Action.Execute" ? [node] : []), ...Object.values(node).flatMap(executes)];
}

describe("Teams: a body's focal point confirms a mission the embassy validated", () => {
  let h: Harness;
  let missionId: string;

  beforeEach(async () => {
    h = await startHarness();
    const body = await labelledBody(h.kit);
    missionId = await openedMission(h.kit, body.labelId);
    await h.install(FOCAL);
    await h.install(MARIE);
    // Monday 2 March 2026, 10:00 in Paris: outside quiet hours.
    await decideAsEmbassy(h.kit.ctx, h.kit.embassySN, { missionId, decision: "validate" });
  });

  afterEach(async () => {
    h.checkAllCards();
    await h.close();
  });

  const reply = (user: TeamsUser, text: string) => h.reply(user, text);

  const status = async () => (await h.kit.db.mission.findUniqueOrThrow({ where: { id: missionId } })).status;

  it("gets the embassy's validation as a card with Confirmer la mission, and confirms through the verb", async () => {
    await h.deliver();
    const cards = h.fake
      .sent()
      .filter((s) => s.conversationId === chatOf(FOCAL))
      .map((s) => cardOf(s.activity))
      .filter((c) => c && texts(c).includes("Validée par"));
    expect(cards).toHaveLength(1);
    const [confirm, ...others] = executes(cards[0]);
    expect(others).toHaveLength(0);
    expect(confirm).toMatchObject({ verb: VERB.missionConfirm, data: { missionId }, title: "Confirmer la mission" });

    const res = await h.click(FOCAL, VERB.missionConfirm, confirm.data);
    expect(res.status).toBe(200);
    expect(texts(res.body?.value)).toContain(t("fr", "teams.mission.confirmed"));
    expect(executes(res.body?.value)).toHaveLength(0);
    expect(await status()).toBe("confirmed");
    expect(await h.kit.db.outbox.count({ where: { kind: "mission_confirmed", channel: "daect" } })).toBe(1);

    const again = await h.click(FOCAL, VERB.missionConfirm, confirm.data);
    expect(texts(again.body?.value)).toContain(t("fr", "teams.mission.confirmed"));
    expect(await h.kit.db.outbox.count({ where: { kind: "mission_confirmed", channel: "daect" } })).toBe(1);
  });

  it("offers Confirmer on the missions list and among what is pending, to the focal point only", async () => {
    const list = cardOf(await reply(FOCAL, "missions"));
    expect(executes(list)).toEqual([expect.objectContaining({ verb: VERB.missionConfirm, data: { missionId } })]);
    const pending = cardOf(await reply(FOCAL, "en attente"));
    expect(executes(pending)).toEqual([expect.objectContaining({ verb: VERB.missionConfirm, data: { missionId } })]);
    expect(executes(cardOf(await reply(MARIE, "missions")))).toHaveLength(0);
  });

  it("refuses, in words, a missionary's click, and the mission stays to confirm", async () => {
    const res = await h.click(MARIE, VERB.missionConfirm, { missionId });
    expect(res.status).toBe(200);
    const card = res.body?.value;
    const notice = card.body.find((e: any) => e.color === "Attention");
    expect(notice.text).toMatch(/\p{L}{3,}/u);
    expect(notice.text).not.toMatch(/forbidden|[A-Z_]{6,}/);
    expect(executes(card)).toHaveLength(0);
    expect(await status()).toBe("validated");
  });
});
