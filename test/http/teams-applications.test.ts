import { LIMITS } from "../../src/domain/limits";
import { MAX_THEMES_PER_APPLICATION, THEME_KEYS } from "../../src/domain/themes";
import { fieldLabel, formatCount } from "../../src/i18n";
import { escapeMarkdown } from "../../src/teams/cards/markdown";
import { INPUT, VERB } from "../../src/teams/constants";
import { t } from "../../src/teams/words";
import { assertValidCard } from "../support/adaptive-cards";
import type { TeamsUser } from "../support/teams-activity";
import { cardOf, chatOf, type Harness, startHarness } from "./teams-harness";

/** A Teams-only body's focal point: known to Teams, not yet to the programme. */
const NADIA: TeamsUser = { id: "29:nadia", name: "Nadia Benali", aadObjectId: "aad-nadia" };

const texts = (value: unknown) => JSON.stringify(value);
/** How a notice's text reads inside the card's JSON. */
const shown = (message: string) => JSON.stringify(escapeMarkdown(message).toString()).slice(1, -1);

/** What Teams sends when the form is filled in: every input's value under its id, blank ones as "". */
function filled(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    [INPUT.organisationName]: "Communauté de communes du Val <b>Vert</b>",
    [INPUT.organisationKind]: "collectivite",
    [INPUT.basis]: "cooperation",
    [INPUT.competenceScope]: "precise",
    [INPUT.competences]: "Gestion des déchets *ménagers*, tri sélectif.",
    [INPUT.themes]: "waste,water",
    [INPUT.note]: "",
    [INPUT.commitmentAccepted]: "true",
    "experts.0.name": "Jeanne Martin",
    "experts.0.function": "Directrice de l’environnement",
    "experts.0.qualifications": "Vingt ans de gestion des déchets",
    "experts.0.category": "agent",
    "experts.0.email": "jeanne.martin@valvert.fr",
    "experts.1.name": "",
    "experts.1.function": "",
    "experts.1.qualifications": "",
    "experts.1.category": "",
    "experts.1.email": "",
    ...overrides,
  };
}

describe("Teams: a body applies for the label from its personal chat", () => {
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

  async function writes() {
    const db = h.kit.db;
    return Promise.all([
      db.application.count(),
      db.organisation.count(),
      db.outbox.count(),
      db.applicationExpert.count(),
    ]);
  }

  it("answers candidature with the form, parsed by adaptivecards, with the verb's limits", async () => {
    const before = h.fake.sent().length;
    expect((await h.say(NADIA, "Candidature")).status).toBe(200);
    const replies = h.fake
      .sent()
      .slice(before)
      .filter((s) => s.conversationId === chatOf(NADIA));
    expect(replies).toHaveLength(1);
    const form = cardOf(replies[0]?.activity);
    assertValidCard(form);
    expect(texts(form)).toContain(t("fr", "field.organisationName"));
    expect(texts(form)).toContain(t("fr", "teams.application.commitment"));
    const submit = form.actions.find((a: { verb?: string }) => a.verb === VERB.applicationSubmit);
    expect(submit).toBeDefined();
    const competences = form.body.find((e: { id?: string }) => e.id === INPUT.competences);
    expect(competences.maxLength).toBe(LIMITS.competences);

    const help = h.fake.sent().length;
    await h.say(NADIA, "aide");
    expect(texts(cardOf(h.fake.sent()[help]?.activity))).toContain("« candidature »");
  });

  it("files the application through the verb: pending, its experts saved, the committee told", async () => {
    await h.install(NADIA);
    const res = await h.click(NADIA, VERB.applicationSubmit, filled());
    expect(res.status).toBe(200);
    const answer = texts(res.body?.value);
    expect(answer).toContain("Candidature de Communauté de communes du Val");
    expect(answer).not.toContain(`"id":"${INPUT.organisationName}"`);

    const application = await h.kit.db.application.findFirstOrThrow({
      include: { experts: true, organisation: true },
    });
    expect(application.status).toBe("submitted");
    expect(application.organisation.name).toBe("Communauté de communes du Val <b>Vert</b>");
    expect((await h.kit.db.person.findUniqueOrThrow({ where: { id: application.submittedById } })).email).toBe(
      "nadia.benali@valvert.fr",
    );
    expect(JSON.parse(application.themes)).toEqual(["waste", "water"]);
    expect(application.experts.map((e) => [e.name, e.category, e.email])).toEqual([
      ["Jeanne Martin", "agent", "jeanne.martin@valvert.fr"],
    ]);
    const queued = await h.kit.db.outbox.findMany({ where: { kind: "application_submitted" } });
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ channel: "committee", status: "pending" });
    expect(JSON.parse(queued[0]?.payload ?? "{}")).toMatchObject({ applicationId: application.id });
    // The committee, in Slack, gets it like any other application.
    await h.deliver();
    expect(h.slack.posted).toContainEqual(
      expect.objectContaining({ kind: "application_submitted", data: { applicationId: application.id } }),
    );
  });

  it("brings the card back as typed with the commitment's error when it is not ticked, writing nothing", async () => {
    await h.install(NADIA);
    const before = await writes();
    const res = await h.click(NADIA, VERB.applicationSubmit, filled({ [INPUT.commitmentAccepted]: "false" }));
    expect(res.status).toBe(200);
    const card = res.body?.value;
    expect(texts(card)).toContain(shown(t("fr", "error.commitment_required")));
    expect(card.body.find((e: { id?: string }) => e.id === "experts.0.name").value).toBe("Jeanne Martin");
    expect(card.actions[0].verb).toBe(VERB.applicationSubmit);
    expect(await writes()).toEqual(before);
  });

  it("names the themes field when more than the maximum are chosen, writing nothing", async () => {
    await h.install(NADIA);
    const before = await writes();
    const themes = THEME_KEYS.slice(0, MAX_THEMES_PER_APPLICATION + 1).join(",");
    expect(THEME_KEYS.length).toBeGreaterThan(MAX_THEMES_PER_APPLICATION);
    const res = await h.click(NADIA, VERB.applicationSubmit, filled({ [INPUT.themes]: themes }));
    expect(res.status).toBe(200);
    const message = t("fr", "field.issue.at_most", { max: formatCount(MAX_THEMES_PER_APPLICATION, "fr") });
    const label = fieldLabel("fr", "themes") ?? "";
    expect(texts(res.body?.value)).toContain(shown(t("fr", "field.labelled", { label, message })));
    expect(texts(res.body?.value)).toContain(t("fr", "teams.application.title"));
    expect(await writes()).toEqual(before);
  });

  it("refuses a forged 10 000-character competence as a field error naming the field and its limit", async () => {
    await h.install(NADIA);
    const before = await writes();
    const forged = "x".repeat(10_000);
    const res = await h.click(NADIA, VERB.applicationSubmit, filled({ [INPUT.competences]: forged }));
    expect(res.status).toBe(200);
    const message = t("fr", "field.issue.too_long", {
      max: formatCount(LIMITS.competences, "fr"),
      received: formatCount(forged.length, "fr"),
    });
    const label = fieldLabel("fr", "competences") ?? "";
    expect(texts(res.body?.value)).toContain(shown(t("fr", "field.labelled", { label, message })));
    expect(await writes()).toEqual(before);
  });

  it("names the row of an expert left half filled in a later row", async () => {
    await h.install(NADIA);
    const res = await h.click(NADIA, VERB.applicationSubmit, filled({ "experts.2.name": "Paul Roux" }));
    expect(res.status).toBe(200);
    const label = fieldLabel("fr", "experts.2.function") ?? "";
    expect(label).toBe("Expert 3 · Fonction");
    expect(texts(res.body?.value)).toContain(
      shown(t("fr", "field.labelled", { label, message: t("fr", "field.issue.required") })),
    );
    const more = res.body?.value.body.find((e: { id?: string }) => e.id === "experts.more");
    expect(more.isVisible).toBe(true);
    expect(await h.kit.db.application.count()).toBe(0);
  });
});
