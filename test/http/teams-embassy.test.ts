import { INPUT, VERB } from "../../src/teams/constants";
import { personalConversationId, teamInstallActivity } from "../support/teams-activity";
import { labelledBody, openedMission } from "../support/workflow-kit";
import { AWA, cardOf, chatOf, type Harness, KARIM, PAUL, startHarness } from "./teams-harness";

const texts = (value: unknown) => JSON.stringify(value);

describe("Teams: embassy validation", () => {
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

  /** The embassy's card as posted in a person's chat, with its activity id. */
  async function cardIn(user: typeof AWA) {
    const posted = h.fake.sent().filter((s) => s.conversationId === chatOf(user) && cardOf(s.activity));
    const last = posted.at(-1);
    if (!last) throw new Error(`no card in ${user.name}'s chat`);
    return { id: last.id, card: cardOf(last.activity) };
  }

  async function embassyStaffInstalled() {
    for (const user of [AWA, PAUL, KARIM]) expect((await h.install(user)).status).toBe(200);
  }

  it("links the installer by e-mail through the member look-up and remembers the personal chat", async () => {
    const res = await h.install(AWA);
    expect(res.status).toBe(200);
    const lookups = h.fake.calls().filter((c) => c.method === "GET" && c.path.includes("/members/"));
    expect(lookups).toHaveLength(1);
    const person = await h.kit.db.person.findUniqueOrThrow({ where: { email: "consul@sn.ambafrance.org" } });
    expect(person.preferredChannel).toBe("teams");
    expect(await h.kit.db.teamsAccount.findUnique({ where: { personId: person.id } })).toMatchObject({
      teamsUserId: AWA.id,
      aadObjectId: AWA.aadObjectId,
    });
    const refs = await h.kit.db.teamsConversation.findMany({ where: { personId: person.id } });
    expect(refs).toEqual([
      expect.objectContaining({ kind: "personal", status: "active", conversationId: personalConversationId(AWA) }),
    ]);
    const welcome = h.fake.sent().at(-1);
    expect(welcome?.activity.text).toContain("Bonjour Awa Ndiaye");

    // The next message needs no look-up: the account is linked.
    await h.say(AWA, "aide");
    expect(h.fake.calls().filter((c) => c.path.includes("/members/"))).toHaveLength(1);
  });

  it("spans Slack and Teams: DAECT opens, the embassy decides in Teams, every copy is updated, DAECT is told", async () => {
    await embassyStaffInstalled();
    const missionId = await openedMission(h.kit, labelId);
    await h.deliver();

    // No embassy channel: each Senegal staff member gets the card in their chat; Morocco gets nothing.
    const awaCard = await cardIn(AWA);
    const paulCard = await cardIn(PAUL);
    expect(h.fake.sent().some((s) => s.conversationId === chatOf(KARIM) && cardOf(s.activity))).toBe(false);
    for (const part of ["Ville de Lyon", "Ville de Saint-Louis", "Réponse à une demande", "Plan de collecte"]) {
      expect(texts(awaCard.card)).toContain(part);
    }
    expect(awaCard.card.actions.map((a: any) => a.title)).toEqual(["Valider", "Refuser", "Poser une question"]);
    expect(h.slack.posted.map((p) => p.kind)).toContain("mission_updated");

    const res = await h.click(AWA, VERB.embassyValidate, { missionId, round: 0 }, awaCard.id);
    expect(res.body.value.actions).toBeUndefined();
    expect(texts(res.body.value)).toContain("Validée par Awa Ndiaye");
    await h.surface.idle();
    const updates = h.fake.updates();
    expect(updates.map((u) => [u.conversationId, u.activityId])).toEqual([[chatOf(PAUL), paulCard.id]]);
    expect(texts(cardOf(updates[0]?.activity))).toContain("Validée par Awa Ndiaye");

    await h.deliver();
    const told = h.slack.posted.filter((p) => p.kind === "embassy_decided");
    expect(told).toEqual([expect.objectContaining({ target: expect.objectContaining({ channel: "daect" }) })]);
    expect(told[0]?.data).toMatchObject({ decision: "validated", by: "Awa Ndiaye" });

    // The answer and the copies are built from what the verb returned: the card a refresh reads from the database.
    const refreshed = await h.click(AWA, VERB.missionRefresh, { missionId });
    expect(res.body.value).toEqual(refreshed.body.value);
    expect(cardOf(updates[0]?.activity)).toEqual(refreshed.body.value);
  });

  it("takes one decision when two validators click at once and tells the other who decided", async () => {
    await embassyStaffInstalled();
    const missionId = await openedMission(h.kit, labelId);
    await h.deliver();
    const [a, b] = await Promise.all([
      h.click(AWA, VERB.embassyValidate, { missionId, round: 0 }),
      h.click(PAUL, VERB.embassyRefuse, { missionId, round: 0, [INPUT.embassyComment]: "Dates à revoir" }),
    ]);
    const decisions = await h.kit.db.embassyDecision.findMany({ where: { missionId } });
    expect(decisions).toHaveLength(1);
    const winner = decisions[0]?.decision === "validated" ? a : b;
    const loser = winner === a ? b : a;
    expect(texts(winner.body.value)).not.toContain("C’est déjà fait");
    expect(texts(loser.body.value)).toContain("C’est déjà fait");
    expect(texts(loser.body.value)).toContain(
      decisions[0]?.decision === "validated" ? "par Awa Ndiaye" : "par Paul Sarr",
    );
    expect(loser.body.value.actions).toBeUndefined();

    // A late click, after the fact, is told the same.
    const late = await h.click(PAUL, VERB.embassyValidate, { missionId, round: 0 });
    expect(texts(late.body.value)).toMatch(/C’est déjà fait|Validée par/);
  });

  it("rejects a refusal without a comment inside the card, and changes nothing", async () => {
    await h.install(AWA);
    const missionId = await openedMission(h.kit, labelId);
    const res = await h.click(AWA, VERB.embassyRefuse, { missionId, round: 0, [INPUT.embassyComment]: "   " });
    expect(res.status).toBe(200);
    expect(texts(res.body.value)).toContain("Un commentaire est obligatoire.");
    expect(res.body.value.actions.map((a: any) => a.title)).toEqual(["Valider", "Refuser", "Poser une question"]);
    const mission = await h.kit.db.mission.findUniqueOrThrow({ where: { id: missionId } });
    expect(mission.status).toBe("awaiting_embassy");
  });

  it("refuses a validator of another country", async () => {
    await h.install(KARIM);
    const missionId = await openedMission(h.kit, labelId);
    const res = await h.click(KARIM, VERB.embassyValidate, { missionId, round: 0 });
    expect(texts(res.body.value)).toMatch(/relève de l’ambassade de France|il faut être/);
    expect(texts(res.body.value)).not.toContain("Ville de Saint-Louis");
    expect(await h.kit.db.embassyDecision.count()).toBe(0);
    const refresh = await h.click(KARIM, VERB.missionRefresh, { missionId });
    expect(texts(refresh.body.value)).not.toContain("Ville de Saint-Louis");
    // Every card that shows a mission reads it as the clicker may see it: nothing of Senegal's mission for Morocco.
    for (const verb of [VERB.embassyAsk, VERB.reportForm, VERB.reportSnooze, VERB.extensionRequest]) {
      const res = await h.click(KARIM, verb, { missionId, round: 0, [INPUT.embassyQuestion]: "Qui ?" });
      expect(texts(res.body.value)).toMatch(/relève de l’ambassade de France|il faut être/);
      expect(texts(res.body.value)).not.toMatch(/Saint-Louis|M-2026-0001|Ville de Lyon/);
    }
    expect(await h.kit.db.outbox.count({ where: { kind: "embassy_question" } })).toBe(0);
  });

  it("sends a question to DAECT on Slack", async () => {
    await h.install(AWA);
    const missionId = await openedMission(h.kit, labelId);
    const res = await h.click(AWA, VERB.embassyAsk, {
      missionId,
      round: 0,
      [INPUT.embassyQuestion]: "Qui accueille la délégation ?",
    });
    expect(texts(res.body.value)).toContain("transmise à la DAECT");
    await h.deliver();
    const question = h.slack.posted.find((p) => p.kind === "embassy_question");
    expect(question?.target).toMatchObject({ type: "shared", channel: "daect" });
    expect(question?.data).toMatchObject({ question: "Qui accueille la délégation ?", by: "Awa Ndiaye" });
  });

  it("posts to the embassy's team channel once an embassy person installs the app in a team", async () => {
    const install = await h.post(teamInstallActivity({ serviceUrl: h.fake.serviceUrl, from: AWA }));
    expect(install.status).toBe(200);
    expect(h.fake.sent().at(-1)?.activity.text).toBe(
      "Les missions à valider au Sénégal seront publiées dans ce canal.",
    );
    const missionId = await openedMission(h.kit, labelId);
    await h.deliver();
    const posted = h.fake.sent().filter((s) => cardOf(s.activity));
    expect(posted.map((p) => p.conversationId)).toEqual(["19:team-embassy-sn@thread.tacv2"]);
    const inChannel = { conversationId: posted[0]?.conversationId, conversationType: "channel" as const };
    const res = await h.click(PAUL, VERB.embassyValidate, { missionId, round: 0 }, posted[0]?.id, inChannel);
    expect(texts(res.body.value)).toContain("Validée par Paul Sarr");
    // The whole channel reads that copy: it is updated in place too, not only for the clicker.
    await h.surface.idle();
    expect(h.fake.updates().map((u) => u.activityId)).toEqual([posted[0]?.id]);
  });
});
