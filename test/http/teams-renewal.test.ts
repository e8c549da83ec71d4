import { INPUT, VERB } from "../../src/teams/constants";
import { decideApplication, submitApplication, sweepLabels } from "../../src/workflow";
import { assertValidCard } from "../support/adaptive-cards";
import { applicationInput } from "../support/workflow-kit";
import { cardOf, chatOf, FOCAL, type Harness, startHarness } from "./teams-harness";

const DAY = 86_400_000;
type Action = { verb?: string; data?: Record<string, unknown> };
type Input = { id?: string; value?: string };

/** Every input of a card, wherever it sits, by id. */
function inputs(node: unknown, out: Record<string, string | undefined> = {}) {
  if (Array.isArray(node)) for (const item of node) inputs(item, out);
  else if (node && typeof node === "object") {
    const record = node as Input & Record<string, unknown>;
    if (typeof record.type === "string" && record.type.startsWith("Input.") && record.id) out[record.id] = record.value;
    for (const value of Object.values(record)) inputs(value, out);
  }
  return out;
}

describe("Teams: Renouveler on the label's warning", () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness();
    await h.install(FOCAL);
  });

  afterEach(async () => {
    h.checkAllCards();
    await h.close();
  });

  it("the 30-day warning carries Renouveler, which answers with the card filled in; filing it marks the renewal", async () => {
    const focal = await h.kit.db.person.findUniqueOrThrow({ where: { email: "referent@lyon.fr" } });
    const { value } = await submitApplication(h.kit.ctx, { personId: focal.id, platform: "teams" }, applicationInput());
    const decided = await decideApplication(h.kit.ctx, h.kit.committee, {
      applicationId: value.applicationId,
      decision: "approve",
    });
    const labelId = decided.value.labelId as string;
    await h.deliver();
    const label = await h.kit.db.label.findUniqueOrThrow({ where: { id: labelId } });
    // A Wednesday morning three weeks before the end: the 30-day warning is due and goes out at once.
    h.kit.clock.set(new Date(label.validUntil.getTime() - 20 * DAY - 12 * 3600_000));
    await sweepLabels(h.kit.ctx);
    const before = h.fake.sent().length;
    await h.deliver();
    const warning = h.fake
      .sent()
      .slice(before)
      .filter((s) => s.conversationId === chatOf(FOCAL))
      .map((s) => cardOf(s.activity))
      .find(Boolean);
    assertValidCard(warning);
    expect(JSON.stringify(warning)).toContain("arrive à échéance");
    const renew = (warning.actions as Action[]).find((a) => a.verb === VERB.applicationRenew);
    expect(renew?.data).toEqual({ labelId });

    const res = await h.click(FOCAL, VERB.applicationRenew, renew?.data ?? {});
    expect(res.status).toBe(200);
    const form = res.body?.value;
    assertValidCard(form);
    expect(JSON.stringify(form)).toContain("Renouvellement du label N° EXPE-CT-2026-0001");
    const prefilled = inputs(form);
    expect(prefilled).toMatchObject({
      [INPUT.organisationName]: "Ville de Lyon",
      [INPUT.organisationKind]: "collectivite",
      [INPUT.competences]: "Tri sélectif et valorisation des déchets ménagers",
      [INPUT.themes]: "waste",
      "experts.0.name": "Marie Durand",
      "experts.0.email": "marie.durand@lyon.fr",
    });
    expect(prefilled[INPUT.commitmentAccepted]).toBeUndefined();
    const submit = (form.actions as Action[]).find((a) => a.verb === VERB.applicationSubmit);
    expect(submit?.data).toEqual({ renewalOfLabelId: labelId, renewalOfNumber: "EXPE-CT-2026-0001" });

    const values = Object.fromEntries(Object.entries(prefilled).map(([k, v]) => [k, v ?? ""]));
    const filed = await h.click(FOCAL, VERB.applicationSubmit, {
      ...submit?.data,
      ...values,
      [INPUT.commitmentAccepted]: "true",
    });
    expect(JSON.stringify(filed.body?.value)).toContain("Ville de Lyon");
    const renewal = await h.kit.db.application.findFirstOrThrow({ where: { status: "submitted" } });
    expect(renewal.renewalOfLabelId).toBe(labelId);
  });
});
