import { postedCardsOf } from "../../src/teams/store/teams-posted-cards";
import { cancelMission } from "../../src/workflow";
import { SAMPLE_DATA } from "../support/notification-samples";
import { personalInstallActivity } from "../support/teams-activity";
import { labelledBody, openedMission } from "../support/workflow-kit";
import { AWA, cardOf, chatOf, type Harness, PAUL, startHarness } from "./teams-harness";

describe("Teams: proactive delivery", () => {
  let h: Harness;
  let labelId: string;

  beforeEach(async () => {
    h = await startHarness();
    ({ labelId } = await labelledBody(h.kit));
    await h.install(AWA);
  });

  afterEach(async () => {
    h.checkAllCards();
    await h.close();
  });

  const rowsOf = (kind: string) => h.kit.db.outbox.findMany({ where: { kind } });

  it("keeps a notification for later on a 429, after the connector's Retry-After", async () => {
    await openedMission(h.kit, labelId);
    h.fake.failNext(1, { status: 429, retryAfter: 30 });
    const report = await h.deliver();
    expect(report.retrying).toBeGreaterThanOrEqual(1);
    const [row] = await rowsOf("embassy_validation_requested");
    expect(row).toMatchObject({ status: "pending", attempts: 0 });
    expect(row?.lastError).toContain("429");
    expect(row?.nextAttemptAt.getTime()).toBe(h.kit.clock.now().getTime() + 30_000);

    h.kit.clock.set(new Date(h.kit.clock.now().getTime() + 31_000));
    await h.deliver();
    const [sent] = await rowsOf("embassy_validation_requested");
    expect(sent?.status).toBe("sent");
    expect(sent?.sentVia).toBe("teams");
    expect(await postedCardsOf(h.kit.ctx, sent?.missionId ?? "", "embassy_validation_requested")).toEqual([
      { conversationId: chatOf(AWA), activityId: expect.any(String) },
    ]);
  });

  it("records a 403 as a gone conversation, without retrying, and DAECT is told", async () => {
    const awa = await h.kit.db.person.findUniqueOrThrow({ where: { email: "consul@sn.ambafrance.org" } });
    await h.kit.db.$transaction((tx) =>
      tx.outbox.create({
        data: {
          kind: "report_reminder",
          recipientId: awa.id,
          payload: JSON.stringify(SAMPLE_DATA.report_reminder),
          nextAttemptAt: h.kit.clock.now(),
          createdAt: h.kit.clock.now(),
        },
      }),
    );
    const before = h.fake.calls().length;
    h.fake.failNext(1, { status: 403, code: "BotDisabledByAdmin" });
    await h.deliver();
    expect(h.fake.calls()).toHaveLength(before + 1);
    const ref = await h.kit.db.teamsConversation.findFirstOrThrow({ where: { personId: awa.id } });
    expect(ref.status).toBe("removed");
    expect(ref.lastError).toContain("BotDisabledByAdmin");
    const [row] = await rowsOf("report_reminder");
    expect(row?.status).toBe("dead");
    const alerts = await rowsOf("delivery_failed");
    expect(alerts).toEqual([expect.objectContaining({ channel: "daect" })]);

    // The dead conversation is no longer a route: nothing more goes to it…
    await h.deliver();
    expect(h.fake.calls()).toHaveLength(before + 1);
    // …until the person writes to the bot again.
    await h.say(AWA, "aide");
    const back = await h.kit.db.teamsConversation.findUniqueOrThrow({ where: { id: ref.id } });
    expect(back).toMatchObject({ status: "active", lastError: null });
  });

  it("skips a staff chat that answers 403 and still reaches the others", async () => {
    await h.install(PAUL);
    await openedMission(h.kit, labelId);
    h.fake.failNext(1, { status: 403 });
    await h.deliver();
    const cards = h.fake.sent().filter((s) => cardOf(s.activity));
    expect(cards).toHaveLength(1);
    const gone = await h.kit.db.teamsConversation.findMany({ where: { status: "removed" } });
    expect(gone).toHaveLength(1);
    const alerts = await rowsOf("delivery_failed");
    expect(alerts).toEqual([expect.objectContaining({ channel: "daect" })]);
    expect(JSON.parse(alerts[0]?.payload ?? "{}")).toMatchObject({ via: "teams", reason: "forbidden" });
  });

  it("records an uninstall and tells DAECT", async () => {
    const uninstall = { ...personalInstallActivity({ serviceUrl: h.fake.serviceUrl, from: AWA }) } as any;
    uninstall.type = "installationUpdate";
    uninstall.action = "remove";
    delete uninstall.membersAdded;
    expect((await h.post(uninstall)).status).toBe(200);
    const ref = await h.kit.db.teamsConversation.findFirstOrThrow({ where: { conversationId: chatOf(AWA) } });
    expect(ref.status).toBe("removed");
    expect(await rowsOf("delivery_failed")).toHaveLength(1);
  });

  it("takes the buttons off the embassy cards of a cancelled mission", async () => {
    const missionId = await openedMission(h.kit, labelId);
    await h.deliver();
    await cancelMission(h.kit.ctx, h.kit.daect, { missionId, reason: "Partenaire indisponible" });
    await h.deliver();
    const update = h.fake.updates().at(-1);
    expect(cardOf(update?.activity).actions).toBeUndefined();
    expect(JSON.stringify(cardOf(update?.activity))).toContain("annulée");
    const notice = h.fake.sent().at(-1);
    expect(JSON.stringify(notice?.activity)).toContain("Partenaire indisponible");
  });
});
