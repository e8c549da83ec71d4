import { INPUT, VERB } from "../../src/teams/constants";
import { requestApplicationChanges } from "../../src/workflow";
import { assertValidCard } from "../support/adaptive-cards";
import type { TeamsUser } from "../support/teams-activity";
import { cardOf, chatOf, type Harness, startHarness } from "./teams-harness";

const NADIA: TeamsUser = { id: "29:nadia", name: "Nadia Benali", aadObjectId: "aad-nadia" };
const texts = (value: unknown) => JSON.stringify(value);

/** The application card's inputs as Teams sends them, one expert. */
function filled(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    [INPUT.organisationName]: "Communauté de communes du Val Vert",
    [INPUT.organisationKind]: "collectivite",
    [INPUT.basis]: "cooperation",
    [INPUT.competenceScope]: "precise",
    [INPUT.competences]: "Gestion des déchets ménagers, tri sélectif.",
    [INPUT.themes]: "waste",
    [INPUT.note]: "",
    [INPUT.commitmentAccepted]: "true",
    "experts.0.name": "Jeanne Martin",
    "experts.0.function": "Directrice de l’environnement",
    "experts.0.qualifications": "Vingt ans de gestion des déchets",
    "experts.0.category": "agent",
    "experts.0.email": "jeanne.martin@valvert.fr",
    ...overrides,
  };
}

describe("Teams: the committee sends a file back, the body changes it and resubmits it", () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness();
    h.fake.addMember({
      id: NADIA.id,
      name: NADIA.name,
      email: "nadia.benali@valvert.fr",
      aadObjectId: NADIA.aadObjectId,
    });
  });

  afterEach(async () => {
    h.checkAllCards();
    await h.close();
  });

  it("gets the comment with a button, opens the card pre-filled, and resubmits it with what changed", async () => {
    await h.install(NADIA);
    await h.click(NADIA, VERB.applicationSubmit, filled());
    const app = await h.kit.db.application.findFirstOrThrow();
    const comment = "Ajoutez le thème de l’eau";
    await requestApplicationChanges(h.kit.ctx, h.kit.committee, { applicationId: app.id, comment });
    const before = h.fake.sent().length;
    await h.deliver();
    const notice = h.fake
      .sent()
      .slice(before)
      .find((s) => s.conversationId === chatOf(NADIA));
    const card = cardOf(notice?.activity);
    assertValidCard(card);
    expect(texts(card)).toContain(comment);
    const revise = card.actions.find((a: { verb?: string }) => a.verb === VERB.applicationRevise);
    expect(revise?.data).toMatchObject({ applicationId: app.id });

    const opened = await h.click(NADIA, VERB.applicationRevise, { applicationId: app.id });
    const form = opened.body?.value;
    assertValidCard(form);
    expect(texts(form)).toContain(comment);
    const competences = form.body.find((e: { id?: string }) => e.id === INPUT.competences);
    expect(competences.value).toBe("Gestion des déchets ménagers, tri sélectif.");
    const submit = form.actions.find((a: { verb?: string }) => a.verb === VERB.applicationSubmit);
    expect(submit?.data).toMatchObject({ applicationId: app.id });

    const sent = await h.click(NADIA, VERB.applicationSubmit, {
      ...filled({ [INPUT.themes]: "waste,water" }),
      applicationId: app.id,
    });
    expect(texts(sent.body?.value)).toContain("renvoyé au comité de sélection");
    expect(await h.kit.db.application.count()).toBe(1);
    const stored = await h.kit.db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(stored.status).toBe("submitted");
    expect(JSON.parse(stored.themes)).toEqual(["waste", "water"]);
    const resubmitted = await h.kit.db.outbox.findFirstOrThrow({ where: { kind: "application_resubmitted" } });
    expect(JSON.parse(resubmitted.payload)).toEqual({ applicationId: app.id, changed: ["themes"] });

    // The old button opens nothing stale once the file went back.
    const stale = await h.click(NADIA, VERB.applicationRevise, { applicationId: app.id });
    expect(texts(stale.body?.value)).toContain("Impossible de renvoyer cette candidature au comité");
  });
});
