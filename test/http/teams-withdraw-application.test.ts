import { escapeMarkdown } from "../../src/teams/cards/markdown";
import { VERB } from "../../src/teams/constants";
import { t } from "../../src/teams/words";
import { submitApplication } from "../../src/workflow";
import { assertValidCard } from "../support/adaptive-cards";
import type { TeamsUser } from "../support/teams-activity";
import { applicationInput, createPerson } from "../support/workflow-kit";
import { cardOf, FOCAL, type Harness, MARIE, startHarness } from "./teams-harness";

const texts = (value: unknown) => JSON.stringify(value);
const shown = (message: string) => JSON.stringify(escapeMarkdown(message).toString()).slice(1, -1);

/** The Action.Execute a *Retirer* button unfolds, found in the list card. */
function withdrawActions(card: any): any[] {
  return card.body
    .filter((e: any) => e.type === "Container")
    .flatMap((c: any) => c.items.filter((i: any) => i.type === "ActionSet"))
    .flatMap((set: any) => set.actions.flatMap((a: any) => a.card.actions));
}

describe("Teams: an applicant withdraws their application before the committee decides", () => {
  let h: Harness;
  let applicationId: string;

  beforeEach(async () => {
    h = await startHarness();
    const applicant = await createPerson(h.kit, "referent@lyon.fr", "Référent Lyon");
    const filed = await submitApplication(
      h.kit.ctx,
      applicant,
      applicationInput({ organisationName: "Ville *de* Lyon" }),
    );
    applicationId = filed.value.applicationId;
  });

  afterEach(async () => {
    h.checkAllCards();
    await h.close();
  });

  const reply = (user: TeamsUser, text: string) => h.reply(user, text);

  it("lists the pending application with Retirer, asks first, withdraws through the verb and says so", async () => {
    const list = cardOf(await reply(FOCAL, "candidatures"));
    assertValidCard(list);
    expect(texts(list)).toContain(shown("Ville *de* Lyon"));
    const [confirm, ...others] = withdrawActions(list);
    expect(others).toHaveLength(0);
    expect(confirm).toMatchObject({ verb: VERB.applicationWithdraw, data: { applicationId } });
    expect(texts(cardOf(await reply(FOCAL, "aide")))).toContain("« candidatures »");

    const res = await h.click(FOCAL, VERB.applicationWithdraw, confirm.data);
    expect(res.status).toBe(200);
    const after = res.body?.value;
    expect(texts(after)).toContain(shown(t("fr", "teams.applications.withdrawn", { organisation: "Ville *de* Lyon" })));
    expect(withdrawActions(after)).toHaveLength(0);
    expect(await h.kit.db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: "withdrawn",
    });
    expect(await h.kit.db.outbox.count({ where: { kind: "application_withdrawn" } })).toBe(1);
    expect((await reply(FOCAL, "applications")).text).toBe(t("fr", "teams.applications.none"));
  });

  it("keeps the list out of team channels, where others read it", async () => {
    const channel = "19:general@thread.tacv2";
    const before = h.fake.sent().length;
    expect((await h.say(FOCAL, "candidatures", { conversationId: channel, conversationType: "channel" })).status).toBe(
      200,
    );
    const [answer] = h.fake.sent().slice(before);
    expect(answer?.conversationId).toBe(channel);
    expect(answer?.activity.text).toBe(t("fr", "teams.applications.personal_only"));
  });

  it("refuses, in words, someone else's click on the button, and withdraws nothing", async () => {
    expect((await reply(MARIE, "candidatures")).text).toBe(t("fr", "teams.applications.none"));
    const res = await h.click(MARIE, VERB.applicationWithdraw, { applicationId });
    expect(res.status).toBe(200);
    const card = res.body?.value;
    const notice = card.body.find((e: any) => e.color === "Attention");
    expect(notice.text).toMatch(/\p{L}{3,}/u);
    expect(notice.text).not.toMatch(/forbidden|[A-Z_]{6,}/);
    expect(await h.kit.db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: "submitted",
    });
    expect(await h.kit.db.outbox.count({ where: { kind: "application_withdrawn" } })).toBe(0);
  });
});
