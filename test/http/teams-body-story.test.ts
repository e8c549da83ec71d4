import { deliverDueNotifications } from "../../src/notify/deliver-due-notifications";
import { INPUT, NO, VERB, YES } from "../../src/teams/constants";
import { advanceMissions, decideAsEmbassy, openMission } from "../../src/workflow";
import { assertValidCard } from "../support/adaptive-cards";
import { type SlackBot, startSlackBot, USERS } from "../support/slack-bot";
import type { TeamsUser } from "../support/teams-activity";
import { missionInput } from "../support/workflow-kit";
import { cardOf, chatOf, type Harness, startHarness } from "./teams-harness";

/** A body that exists only in Teams: its focal point and its missionary have no Slack account. */
const NADIA: TeamsUser = { id: "29:nadia", name: "Nadia Benali", aadObjectId: "aad-nadia" };
const YANIS: TeamsUser = { id: "29:yanis", name: "Yanis Morel", aadObjectId: "aad-yanis" };
const EMAILS = { nadia: "nadia.benali@valvert.fr", yanis: "yanis.morel@valvert.fr" };

const texts = (value: unknown) => JSON.stringify(value);

/** The actions of a card of a given type, wherever they sit (top level, action sets, unfolded cards). */
function actionsOf(node: unknown, type: string): any[] {
  if (Array.isArray(node)) return node.flatMap((n) => actionsOf(n, type));
  if (!node || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  return [...(record.type === type ? [record] : []), ...Object.values(record).flatMap((v) => actionsOf(v, type))];
}

describe("the whole EXPE-CT story for a body that uses Teams only", () => {
  let h: Harness;
  let slack: SlackBot;

  beforeAll(async () => {
    h = await startHarness();
    // Linked through the connector's member look-up on first contact, like any Teams user.
    h.fake.addMember({ id: NADIA.id, name: NADIA.name, email: EMAILS.nadia, aadObjectId: NADIA.aadObjectId });
    h.fake.addMember({ id: YANIS.id, name: YANIS.name, email: EMAILS.yanis, aadObjectId: YANIS.aadObjectId });
    // The committee and DAECT sit in Slack, on the same database.
    slack = await startSlackBot({ kit: h.kit });
  });

  afterAll(async () => {
    await slack.close();
    await h.close();
  });

  /** notify's deliverer with both platforms, as production runs it. */
  const deliver = () =>
    deliverDueNotifications({ db: h.kit.db, clock: h.kit.clock }, [h.surface.deliveryChannel, slack.delivery], {
      worker: "test",
      defaultTimeZone: "Europe/Paris",
    });

  /** Every card posted to a person's personal chat so far, each parsed by adaptivecards. */
  function cardsTo(user: TeamsUser): any[] {
    const cards = h.fake
      .sent()
      .filter((s) => s.conversationId === chatOf(user))
      .map((s) => cardOf(s.activity))
      .filter(Boolean);
    for (const card of cards) assertValidCard(card);
    return cards;
  }

  async function click(user: TeamsUser, action: any) {
    const res = await h.click(user, action.verb, action.data);
    expect(res.status).toBe(200);
    return res.body?.value;
  }

  it("applies in Teams → approved in Slack → diploma card in Teams → mission confirmed, reported and validated in Teams", async () => {
    const { kit } = h;

    // The focal point opens the application form in her personal chat and files it.
    expect((await h.say(NADIA, "candidature")).status).toBe(200);
    const [form] = cardsTo(NADIA);
    const [submit] = actionsOf(form, "Action.Execute").filter((a) => a.verb === VERB.applicationSubmit);
    const filed = await click(NADIA, {
      ...submit,
      data: {
        ...submit.data,
        [INPUT.organisationName]: "Communauté de communes du Val Vert",
        [INPUT.organisationKind]: "collectivite",
        [INPUT.basis]: "cooperation",
        [INPUT.competenceScope]: "precise",
        [INPUT.competences]: "Gestion des déchets ménagers, tri sélectif.",
        [INPUT.themes]: "waste",
        [INPUT.commitmentAccepted]: "true",
        "experts.0.name": "Yanis Morel",
        "experts.0.function": "Responsable du tri",
        "experts.0.qualifications": "Dix ans de collecte sélective",
        "experts.0.category": "agent",
        "experts.0.email": EMAILS.yanis,
      },
    });
    expect(texts(filed)).toContain("Communauté de communes du Val Vert");
    const application = await kit.db.application.findFirstOrThrow();

    // The committee gets it in Slack like any other and approves it with the message's button.
    await deliver();
    const post = slack.fake.calls("chat.postMessage").find((c) => c.args.channel === "C0COMITE");
    expect(texts(post?.args.blocks)).toContain("Val Vert");
    const approve = (post?.args.blocks as any[])
      .flatMap((b) => b.elements ?? [])
      .find((e: any) => e.action_id === "committee_approve");
    expect(approve?.value).toBe(application.id);
    await slack.click({
      userId: USERS.committee.id,
      channelId: "C0COMITE",
      messageTs: String(post?.response.ts),
      actions: [{ actionId: "committee_approve", value: approve.value }],
    });
    await slack.fake.waitFor("chat.update", (c) => texts(c.args.blocks).includes("Approuvée"));
    const label = await kit.db.label.findFirstOrThrow();

    // The diploma reaches the focal point in Teams as a card; its signed link answers the PDF.
    await deliver();
    const diploma = cardsTo(NADIA).find((c) => actionsOf(c, "Action.OpenUrl").length > 0);
    expect(texts(diploma)).toContain(label.number);
    const [download] = actionsOf(diploma, "Action.OpenUrl");
    const pdf = await fetch(download.url);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");

    // DAECT opens a mission for the body (the Slack form's verb; slack-story drives that form) with its expert.
    const opened = await openMission(
      kit.ctx,
      kit.daect,
      // M4: one expert named, so the leg abroad sends one person.
      missionInput(label.id, {
        missionaries: [{ email: EMAILS.yanis, name: "Yanis Morel" }],
        legs: [{ kind: "outbound", startDate: "2026-04-06", endDate: "2026-04-10", peopleCount: 1 }],
      }),
    );
    const missionId = opened.value.missionId;
    // The missionary installs the app: the look-up links him to the person the mission named.
    expect((await h.install(YANIS)).status).toBe(200);

    // The embassy validates (its own Teams flow is tested elsewhere); the focal point confirms from the news card.
    await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate" });
    await deliver();
    const news = cardsTo(NADIA).find((c) => texts(c).includes("Validée par"));
    const [confirm] = actionsOf(news, "Action.Execute");
    expect(confirm).toMatchObject({ verb: VERB.missionConfirm, data: { missionId } });
    expect(texts(await click(NADIA, confirm))).toContain("Mission confirmée");

    // It leaves on Monday 6 April and is back on Friday 10: the scheduler's sweep opens the report window.
    kit.clock.set("2026-04-06T08:00:00Z");
    await advanceMissions(kit.ctx);
    kit.clock.set("2026-04-11T08:00:00Z");
    await advanceMissions(kit.ctx);
    expect((await kit.db.mission.findUniqueOrThrow({ where: { id: missionId } })).status).toBe("report_due");

    // The missionary writes the report from the prompt card in his chat: a nudge, held over the weekend until
    // Monday 08:00 in Paris.
    kit.clock.set("2026-04-13T09:00:00Z");
    await deliver();
    const prompt = cardsTo(YANIS).find((c) => texts(c).includes("Rapport de mission à rédiger"));
    const write = actionsOf(prompt, "Action.Execute").find((a) => a.verb === VERB.reportForm);
    const reportForm = await click(YANIS, write);
    const send = actionsOf(reportForm, "Action.Execute").find((a) => a.verb === VERB.reportSubmit);
    const sent = await click(YANIS, {
      ...send,
      data: {
        ...send.data,
        [INPUT.objectAccount]: "Diagnostic de la collecte sélective avec les services techniques de Saint-Louis.",
        [INPUT.complementaryAction]: YES,
        [INPUT.complementaryDetail]: "Former les agents de collecte",
        [INPUT.longTermCooperation]: NO,
      },
    });
    expect(actionsOf(sent, "Action.Execute").filter((a) => a.verb === VERB.reportSubmit)).toHaveLength(0);

    // The focal point validates it from the review card she receives in Teams.
    await deliver();
    const review = cardsTo(NADIA).find((c) =>
      actionsOf(c, "Action.Execute").some((a) => a.verb === VERB.reportValidate),
    );
    const validate = actionsOf(review, "Action.Execute").find((a) => a.verb === VERB.reportValidate);
    const validated = await click(NADIA, validate);
    expect(actionsOf(validated, "Action.Execute").filter((a) => a.verb === VERB.reportValidate)).toHaveLength(0);
    expect(await kit.db.report.findFirstOrThrow({ where: { missionId } })).toMatchObject({ status: "validated" });

    // Nothing for this body went to Slack people: it was Teams all along; every card sent was valid.
    expect(slack.fake.calls("chat.postMessage").filter((c) => String(c.args.channel).startsWith("D"))).toHaveLength(0);
    expect(h.checkAllCards()).toBeGreaterThan(0);
  });
});
