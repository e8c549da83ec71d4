import { INPUT, NO, VERB, YES } from "../../src/teams/constants";
import { confirmMission, decideAsEmbassy, recordReturn } from "../../src/workflow";
import { labelledBody, missionaryActor, openedMission } from "../support/workflow-kit";
import { cardOf, chatOf, FOCAL, type Harness, MARIE, startHarness } from "./teams-harness";

const texts = (value: unknown) => JSON.stringify(value);

/** Actions of a card, top-level and inside its action sets, by title. */
function actionTitles(card: any): string[] {
  const inSets = (card.body ?? []).filter((e: any) => e.type === "ActionSet").flatMap((e: any) => e.actions);
  return [...inSets, ...(card.actions ?? [])].map((a: any) => a.title);
}

describe("Teams: reports from missionaries and focal points", () => {
  let h: Harness;
  let missionId: string;

  beforeEach(async () => {
    h = await startHarness();
    const body = await labelledBody(h.kit);
    missionId = await openedMission(h.kit, body.labelId);
    await decideAsEmbassy(h.kit.ctx, h.kit.embassySN, { missionId, decision: "validate" });
    await confirmMission(h.kit.ctx, body.focal, { missionId });
    // Monday 13 April 2026, 11:00 in Paris: after the mission, outside quiet hours.
    h.kit.clock.set("2026-04-13T09:00:00Z");
    await recordReturn(h.kit.ctx, h.kit.daect, { missionId });
    await h.install(MARIE);
    await h.install(FOCAL);
    await h.kit.db.outbox.deleteMany({ where: { kind: { not: "report_requested" } } });
  });

  afterEach(async () => {
    h.checkAllCards();
    await h.close();
  });

  async function promptOf(user: typeof MARIE) {
    await h.deliver();
    const posted = h.fake.sent().filter((s) => s.conversationId === chatOf(user) && cardOf(s.activity));
    const last = posted.at(-1);
    if (!last) throw new Error(`no card for ${user.name}`);
    return { id: last.id, card: cardOf(last.activity) };
  }

  const report = {
    [INPUT.objectAccount]: "Diagnostic de la collecte sélective à Saint-Louis avec les services techniques.",
    [INPUT.complementaryAction]: YES,
    [INPUT.complementaryDetail]: "Former les agents de collecte",
    [INPUT.longTermCooperation]: NO,
  };

  it("a missionary writes the report from the prompt card and the focal point validates it from a card", async () => {
    const prompt = await promptOf(MARIE);
    expect(texts(prompt.card)).toContain("Rapport de mission à rédiger");
    expect(actionTitles(prompt.card)).toEqual([
      "Dans 1 j",
      "Dans 3 j",
      "Dans 7 j",
      "Rédiger le rapport",
      "Demander un délai",
    ]);

    const form = await h.click(MARIE, VERB.reportForm, { missionId }, prompt.id);
    const inputs = form.body.value.body.filter((e: any) => e.type.startsWith("Input.")).map((e: any) => e.id);
    expect(inputs).toEqual([
      INPUT.objectAccount,
      INPUT.complementaryAction,
      INPUT.complementaryDetail,
      INPUT.longTermCooperation,
      INPUT.cooperationDetail,
    ]);

    // The core checks what the card's own validation would: a blank object comes back with the error.
    const blank = await h.click(MARIE, VERB.reportSubmit, { missionId, ...report, [INPUT.objectAccount]: " " });
    expect(texts(blank.body.value)).toContain("objectAccount");
    expect(texts(blank.body.value)).toContain("Former les agents de collecte");

    const done = await h.click(MARIE, VERB.reportSubmit, { missionId, ...report });
    expect(texts(done.body.value)).toContain("Rapport remis par Marie Durand");
    expect(done.body.value.actions).toBeUndefined();
    const saved = await h.kit.db.report.findUniqueOrThrow({ where: { missionId } });
    expect(saved).toMatchObject({ complementaryAction: true, longTermCooperation: false, status: "submitted" });

    const review = await promptOf(FOCAL);
    expect(texts(review.card)).toContain("Rapport à valider");
    expect(texts(review.card)).toContain("Oui — Former les agents de collecte");
    expect(actionTitles(review.card)).toEqual(["Valider le rapport", "Renvoyer pour corrections"]);
    const validated = await h.click(FOCAL, VERB.reportValidate, { missionId }, review.id);
    expect(texts(validated.body.value)).toContain("Rapport validé par Référent Ville de Lyon");
    const mission = await h.kit.db.mission.findUniqueOrThrow({ where: { id: missionId } });
    expect(mission.status).toBe("report_validated");
  });

  it("a returned report comes back to the missionary prefilled", async () => {
    await h.click(MARIE, VERB.reportSubmit, { missionId, ...report });
    const noComment = await h.click(FOCAL, VERB.reportReturn, { missionId, [INPUT.reviewComment]: "" });
    expect(texts(noComment.body.value)).toContain("Un commentaire est obligatoire.");
    const returned = await h.click(FOCAL, VERB.reportReturn, { missionId, [INPUT.reviewComment]: "Détaillez" });
    expect(texts(returned.body.value)).toContain("Rapport renvoyé par Référent Ville de Lyon");
    await h.deliver();
    const notice = h.fake
      .sent()
      .find((s) => s.conversationId === chatOf(MARIE) && texts(s.activity).includes("reprendre"));
    expect(texts(notice?.activity)).toContain("Détaillez");
    const form = await h.click(MARIE, VERB.reportForm, { missionId });
    const object = form.body.value.body.find((e: any) => e.id === INPUT.objectAccount);
    expect(object.value).toBe(report[INPUT.objectAccount]);
  });

  it("snoozes the prompts and asks DAECT for more time", async () => {
    const prompt = await promptOf(MARIE);
    const snoozed = await h.click(MARIE, VERB.reportSnooze, { missionId, days: 3 }, prompt.id);
    expect(texts(snoozed.body.value)).toContain("je vous le rappellerai le 16 avril 2026");
    const marie = await missionaryActor(h.kit);
    expect(await h.kit.db.snooze.findMany()).toEqual([
      expect.objectContaining({ missionId, personId: marie.personId }),
    ]);

    const asked = await h.click(MARIE, VERB.extensionRequest, {
      missionId,
      [INPUT.extensionReason]: "Le partenaire doit encore nous transmettre ses chiffres",
    });
    expect(texts(asked.body.value)).toContain("demande de délai a été transmise");
    const rows = await h.kit.db.outbox.findMany({ where: { kind: "extension_requested" } });
    expect(rows).toEqual([expect.objectContaining({ channel: "daect", missionId })]);
  });
});
