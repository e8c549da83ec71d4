import { CALLBACKS } from "../../src/slack/constants";
import { VERB } from "../../src/teams/constants";
import { copyMission } from "../support/mission-copies";
import { type SlackBot, startSlackBot, USERS } from "../support/slack-bot";
import { dated, typed } from "../support/slack-form-values";
import { missionAwaitingReport } from "../support/slack-scenario";
import type { Kit } from "../support/workflow-kit";
import { labelledBody, openedMission } from "../support/workflow-kit";
import { AWA, type Harness, MARIE, startHarness } from "./teams-harness";

/**
 * The SQL statements one request costs once the caller is known (Slack's profile read and linked by a first
 * request): each Prisma statement costs about a millisecond of CPU, so these ceilings keep the hot paths cheap.
 */
async function expectQueries(kit: Kit, ceiling: number, request: () => Promise<unknown>): Promise<void> {
  await request();
  kit.queries.reset();
  await request();
  withinCeiling(kit, ceiling);
}

function withinCeiling(kit: Kit, ceiling: number): void {
  const { statements } = kit.queries;
  if (statements.length > ceiling) {
    throw new Error(
      `${statements.length} queries, over ${ceiling}:\n${statements.map((q) => q.slice(0, 120)).join("\n")}`,
    );
  }
}

describe("queries per Slack request", () => {
  let bot: SlackBot;
  let organisationId: string;
  let copied: string;

  beforeAll(async () => {
    bot = await startSlackBot();
    const { labelId } = await labelledBody(bot.kit, "Ville de Brest", "referent@brest.fr");
    copied = await openedMission(bot.kit, labelId);
    await copyMission(bot.kit, copied, 48);
    // Last: it moves the clock past the missions' dates.
    ({ organisationId } = await missionAwaitingReport(bot.kit));
  });

  afterAll(async () => {
    await bot.close();
  });

  async function answered(userId: string, text: string) {
    bot.fake.reset();
    expect((await bot.command(userId, text)).status).toBe(200);
    await bot.fake.waitFor("response_url");
  }

  it("/expect aide", async () => {
    await expectQueries(bot.kit, 1, () => answered(USERS.daect.id, "aide"));
  });

  it("/expect missions, DAECT seeing 50 missions", async () => {
    expect(await bot.kit.db.mission.count()).toBe(50);
    await expectQueries(bot.kit, 2, () => answered(USERS.daect.id, "missions"));
  });

  it("/expect verifier: the caller, then the label with its body's name", async () => {
    await expectQueries(bot.kit, 2, () => answered(USERS.missionary.id, "verifier EXPE-CT-2026-0001"));
  });

  it("/expect candidature", async () => {
    const run = async () => {
      bot.fake.reset();
      await bot.command(USERS.focal.id, "candidature");
      await bot.fake.waitFor("views.open");
    };
    await expectQueries(bot.kit, 1, run);
  });

  it("a button: the App Home's new mission", async () => {
    const run = async () => {
      bot.fake.reset();
      await bot.click({
        userId: USERS.daect.id,
        actions: [{ actionId: "mission_open", value: "open" }],
        view: { id: "VHOME", type: "home" },
      });
      // The final modal in one Slack call, as the bare app: no loading view to update.
      await bot.fake.waitFor("views.open");
    };
    await expectQueries(bot.kit, 2, run);
    expect(bot.fake.calls("views.update")).toHaveLength(0);
  });

  async function declared(subject: string) {
    const reply = await bot.submit({
      userId: USERS.focal.id,
      callbackId: CALLBACKS.solicitation,
      privateMetadata: JSON.stringify({ organisationId }),
      values: {
        fromWhom: typed("Commune de Thiès"),
        countryCode: typed("SN"),
        subject: typed(subject),
        receivedOn: dated("2026-03-01"),
      },
    });
    expect(reply.body).toMatchObject({ response_action: "update" });
  }

  it("a modal submission: a solicitation declared again", async () => {
    await expectQueries(bot.kit, 4, () => declared("Appui à la gestion des déchets"));
  });

  it("a modal submission: a new solicitation (the write path)", async () => {
    let n = 0;
    // Caller, actor, label and duplicate, the row, its audit, its notification, the commit.
    await expectQueries(bot.kit, 7, () => declared(`Appui n°${n++}`));
    expect(await bot.kit.db.solicitation.count()).toBe(3);
  });

  describe("DAECT seeing 1 000 missions", () => {
    beforeAll(async () => {
      await copyMission(bot.kit, copied, 950);
    });

    it("/expect missions", async () => {
      expect(await bot.kit.db.mission.count()).toBe(1000);
      await expectQueries(bot.kit, 2, () => answered(USERS.daect.id, "missions"));
      // One page, counted in SQL: the title says how many there are, not how many were read.
      const answer = JSON.stringify(bot.fake.calls("response_url")[0]?.args);
      expect(answer).toContain("Vos dossiers (1000)");
      expect(answer).toContain("… et 980 autres");
    });

    it("the App Home", async () => {
      // 6 since the capitalisation counts (issue 13 §4): one statement, its groupings by year and country in it.
      await expectQueries(bot.kit, 6, () => bot.home(USERS.daect.id));
    });
  });
});

describe("queries per Teams card action", () => {
  let h: Harness;
  let missionId: string;

  beforeAll(async () => {
    h = await startHarness();
    const { labelId } = await labelledBody(h.kit);
    missionId = await openedMission(h.kit, labelId);
    await h.install(AWA);
    await h.install(MARIE);
  });

  afterAll(async () => {
    await h.close();
  });

  it("a card refresh", async () => {
    const run = async () => {
      expect((await h.click(AWA, VERB.missionRefresh, { missionId })).status).toBe(200);
      await h.surface.idle();
    };
    await expectQueries(h.kit, 2, run);
  });

  it("the report form", async () => {
    const run = async () => {
      expect((await h.click(MARIE, VERB.reportForm, { missionId })).status).toBe(200);
      await h.surface.idle();
    };
    await expectQueries(h.kit, 2, run);
  });

  it("an embassy decision", async () => {
    const other = await openedMission(
      h.kit,
      (await h.kit.db.mission.findUniqueOrThrow({ where: { id: missionId } })).labelId,
    );
    await h.surface.idle();
    h.kit.queries.reset();
    const res = await h.click(AWA, VERB.embassyValidate, { missionId: other, round: 0 });
    expect(JSON.stringify(res.body)).toContain("Validée");
    await h.surface.idle();
    // Caller, actor, the mission with its focal points, the conditional update, its audit, the decision, the
    // outbox rows in one insert, the commit; the card is answered from what the verb returned (no read), then
    // the posted copies are looked up.
    withinCeiling(h.kit, 9);
  });
});
