import { LIMITS } from "../../src/domain/limits";
import { fieldLabel, formatCount } from "../../src/i18n";
import { escapeMarkdown } from "../../src/teams/cards/markdown";
import { INPUT, VERB } from "../../src/teams/constants";
import { t } from "../../src/teams/words";
import { assertValidCard } from "../support/adaptive-cards";
import type { TeamsUser } from "../support/teams-activity";
import { labelledBody } from "../support/workflow-kit";
import { cardOf, FOCAL, type Harness, MARIE, startHarness } from "./teams-harness";

const texts = (value: unknown) => JSON.stringify(value);
const shown = (message: string) => JSON.stringify(escapeMarkdown(message).toString()).slice(1, -1);

describe("Teams: a labelled body's focal point declares a solicitation", () => {
  let h: Harness;
  let organisationId: string;

  beforeEach(async () => {
    h = await startHarness();
    ({ organisationId } = await labelledBody(h.kit));
  });

  afterEach(async () => {
    h.checkAllCards();
    await h.close();
  });

  const reply = (user: TeamsUser, text: string) => h.reply(user, text);

  const typed = (overrides: Record<string, string> = {}) => ({
    [INPUT.organisationId]: organisationId,
    [INPUT.fromWhom]: "Région *Souss-Massa*",
    [INPUT.countryCode]: "ma",
    [INPUT.subject]: "Appui à la gestion des déchets",
    [INPUT.receivedOn]: "2026-03-01",
    ...overrides,
  });

  it("answers sollicitation with the form for the body, and declares it to DAECT through the verb", async () => {
    const form = cardOf(await reply(FOCAL, "sollicitation"));
    assertValidCard(form);
    expect(texts(form)).toContain("Sollicitation reçue par Ville de Lyon");
    expect(form.actions[0]).toMatchObject({ verb: VERB.solicitationDeclare, data: { organisationId } });
    expect(texts(cardOf(await reply(FOCAL, "aide")))).toContain("« sollicitation »");

    const res = await h.click(FOCAL, VERB.solicitationDeclare, typed());
    expect(res.status).toBe(200);
    expect(texts(res.body?.value)).toContain(shown("Sollicitation de Région *Souss-Massa* (Maroc) déclarée"));
    const solicitation = await h.kit.db.solicitation.findFirstOrThrow();
    expect(solicitation).toMatchObject({ organisationId, countryCode: "MA", receivedOn: "2026-03-01" });
    const queued = await h.kit.db.outbox.findMany({ where: { kind: "solicitation_declared" } });
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ channel: "daect" });
  });

  it("tells someone with no labelled body that there is nothing to declare for", async () => {
    expect((await reply(MARIE, "solicitation")).text).toBe(t("fr", "teams.solicitation.none"));
  });

  it("brings the card back as typed with a field error, writing nothing", async () => {
    await h.install(FOCAL);
    const forged = "x".repeat(10_000);
    const res = await h.click(FOCAL, VERB.solicitationDeclare, typed({ [INPUT.subject]: forged }));
    expect(res.status).toBe(200);
    const message = t("fr", "field.issue.too_long", {
      max: formatCount(LIMITS.solicitationSubject, "fr"),
      received: formatCount(forged.length, "fr"),
    });
    const label = fieldLabel("fr", "subject") ?? "";
    const card = res.body?.value;
    expect(texts(card)).toContain(shown(t("fr", "field.labelled", { label, message })));
    expect(card.body.find((e: { id?: string }) => e.id === INPUT.fromWhom).value).toBe("Région *Souss-Massa*");
    expect(card.actions[0].verb).toBe(VERB.solicitationDeclare);
    expect(await h.kit.db.solicitation.count()).toBe(0);
  });
});
