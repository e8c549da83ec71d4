import pino from "pino";
import { runCli } from "../../src/cli/program";
import { createIncidentReporter } from "../../src/errors/unexpected";
import { PERSONAL_DATA_HOLDERS } from "../../src/personal-data";
import { linkSlackAccount } from "../../src/slack/store/slack-accounts";
import { linkTeamsAccount } from "../../src/teams/store/teams-accounts";
import { saveConversation } from "../../src/teams/store/teams-conversations";
import { recordPostedCards } from "../../src/teams/store/teams-posted-cards";
import { reviewReport, submitReport } from "../../src/workflow";
import { testDatabaseKind } from "../support/db";
import { createKit, type Kit, returnedMission } from "../support/workflow-kit";

let kit: Kit;
let out: string[];
let err: string[];

beforeEach(async () => {
  kit = await createKit();
  out = [];
  err = [];
});
afterEach(() => kit.close());

function cli(locale: "fr" | "en", ...argv: string[]) {
  out.length = 0;
  err.length = 0;
  return runCli(argv, {
    ctx: kit.ctx,
    locale,
    timeZone: "Europe/Paris",
    personalData: PERSONAL_DATA_HOLDERS,
    incidents: createIncidentReporter({
      ctx: kit.ctx,
      logger: pino({ level: "silent" }),
      surface: "cli",
      alertsDaect: false,
    }),
    io: {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      readFile: () => "",
      writeFile: () => undefined,
    },
  });
}

const MARIE = {
  email: "marie.durand@lyon.fr",
  name: "Marie Durand",
  slackUserId: "U0MARIEPRIVATE",
  slackTeamId: "T0LYONTEAM",
  teamsUserId: "29:marie-teams-account",
  aadObjectId: "aad-0f5e-marie",
  conversationId: "a:marie-personal-chat",
  activityId: "activity-marie-card",
};
/** The kit's embassy consul of Senegal, who decided the mission: named in the notifications to others. */
const AWA = { email: "consul@sn.ambafrance.org", name: "Awa Ndiaye" };

/**
 * Lyon's mission back from Senegal with its report filed and validated, Marie (its missionary, also an expert of the
 * application) on Slack and on Teams, where a card was posted in her chat; one notification to her delivered.
 */
async function marieOnBothPlatforms() {
  const mission = await returnedMission(kit);
  const { missionId, missionary, focal } = mission;
  const personId = missionary.personId as string;
  await linkSlackAccount(kit.ctx, { personId, slackUserId: MARIE.slackUserId, slackTeamId: MARIE.slackTeamId });
  await linkTeamsAccount(kit.ctx, { personId, teamsUserId: MARIE.teamsUserId, aadObjectId: MARIE.aadObjectId });
  await saveConversation(
    kit.ctx,
    { conversationId: MARIE.conversationId, serviceUrl: "https://smba.example.test/emea/", tenantId: "tenant-lyon" },
    { kind: "personal", personId },
  );
  await recordPostedCards(kit.ctx, missionId, "report_requested", [
    { conversationId: MARIE.conversationId, activityId: MARIE.activityId },
  ]);
  const first = await kit.db.outbox.findFirstOrThrow({ where: { recipientId: personId }, orderBy: { id: "asc" } });
  await kit.db.outbox.update({
    where: { id: first.id },
    data: { status: "sent", sentAt: kit.clock.now(), sentVia: "slack" },
  });
  return { ...mission, personId, focal };
}

async function fileAndValidateReport(mission: Awaited<ReturnType<typeof marieOnBothPlatforms>>) {
  await submitReport(kit.ctx, mission.missionary, {
    missionId: mission.missionId,
    objectAccount: "Diagnostic de la collecte, atelier avec les élus",
    complementaryAction: false,
    longTermCooperation: true,
  });
  await reviewReport(kit.ctx, mission.focal, { missionId: mission.missionId, decision: "validate" });
}

/** Every row of every table, as text: what an erasure must have left no trace in. */
async function wholeDatabase(): Promise<string> {
  const tables =
    testDatabaseKind() === "postgres"
      ? await kit.db.$queryRawUnsafe<{ name: string }[]>(
          `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema()`,
        )
      : await kit.db.$queryRawUnsafe<{ name: string }[]>(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
        );
  expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["Person", "AuditEvent", "SlackAccount"]));
  const dumps: string[] = [];
  for (const { name } of tables) {
    const rows = await kit.db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name}"`);
    dumps.push(
      `${name}: ${JSON.stringify(rows, (_key, value) => (typeof value === "bigint" ? Number(value) : value))}`,
    );
  }
  return dumps.join("\n");
}

const traces = (text: string, values: readonly string[]) =>
  values.filter((value) => text.toLowerCase().includes(value.toLowerCase()));

describe("person export (RGPD right of access)", () => {
  it("prints as JSON every section of what is held about a person, platform links included", async () => {
    const mission = await marieOnBothPlatforms();
    expect(await cli("fr", "person", "export", "Marie.Durand@lyon.fr")).toBe(0);
    const data = JSON.parse(out.join("\n"));
    expect(Object.keys(data).sort()).toEqual(
      [
        "applications",
        "attachments",
        "audit",
        "committeeTies",
        "decisions",
        "delegations",
        "exportedAt",
        "missions",
        "notifications",
        "person",
        "platformLinks",
        "reports",
        "requests",
        "roles",
        "snoozes",
      ].sort(),
    );
    expect(data.person).toMatchObject({ id: mission.personId, email: MARIE.email, name: MARIE.name, erasedAt: null });
    expect(data.platformLinks.slack.account).toMatchObject({ slackUserId: MARIE.slackUserId });
    expect(data.platformLinks.teams.account).toMatchObject({ teamsUserId: MARIE.teamsUserId });
    expect(data.platformLinks.teams.conversations).toMatchObject([{ conversationId: MARIE.conversationId }]);
    expect(data.platformLinks.teams.postedCards).toMatchObject([{ activityId: MARIE.activityId }]);
    expect(data.applications.asExpert).toMatchObject([{ name: MARIE.name, email: MARIE.email }]);
    expect(data.missions.asMissionary).toMatchObject([{ reference: mission.reference, status: "report_due" }]);
    expect(data.notifications.map((n: { status: string }) => n.status)).toEqual(
      expect.arrayContaining(["sent", "pending"]),
    );
    expect(Object.keys(data.decisions).length).toBeGreaterThan(5);

    expect(await cli("fr", "person", "export", "nobody@lyon.fr")).toBe(1);
    expect(err).toEqual(["Aucune personne du programme n’a cette adresse e-mail : vérifiez-la."]);
  });

  it("lists the decisions a person took and the reports they wrote", async () => {
    const mission = await marieOnBothPlatforms();
    await fileAndValidateReport(mission);
    expect(await cli("fr", "person", "export", MARIE.email)).toBe(0);
    expect(JSON.parse(out.join("\n")).reports).toMatchObject([
      { status: "validated", mission: { reference: mission.reference } },
    ]);
    expect(await cli("fr", "person", "export", AWA.email)).toBe(0);
    const awa = JSON.parse(out.join("\n"));
    expect(awa.decisions.embassyDecisions).toMatchObject([
      { decision: "validated", mission: { reference: mission.reference } },
    ]);
    expect(awa.roles).toMatchObject([{ role: "embassy", scope: "SN" }]);
  });
});

describe("person erase (RGPD right to erasure)", () => {
  it("is refused, in words, while the person is the only focal point of an active label or owes a report", async () => {
    const mission = await marieOnBothPlatforms();
    expect(await cli("fr", "person", "erase", "referent@lyon.fr", "--yes")).toBe(1);
    expect(err).toEqual([
      "Effacement refusé : cette personne est la seule référente du label actif EXPE-CT-2026-0001. Désignez d’abord une autre personne référente pour cette collectivité, puis recommencez.",
    ]);
    expect(await cli("en", "person", "erase", MARIE.email, "--yes")).toBe(1);
    expect(err).toEqual([
      `Erasure refused: this person still owes the report of mission ${mission.reference}. Wait until the report is filed (or the file settled), then try again.`,
    ]);
    expect(await cli("fr", "person", "erase", MARIE.email)).toBe(2);
    expect(err.join("\n")).toContain("relancez la commande avec --yes");
    // Nothing was touched by the refusals.
    expect(await kit.db.person.findUnique({ where: { email: MARIE.email } })).toMatchObject({ name: MARIE.name });
    expect(await kit.db.slackAccount.count()).toBe(1);
  });

  it("leaves no name, e-mail or platform id of the person anywhere: in their export, nor in any row", async () => {
    const mission = await marieOnBothPlatforms();
    await fileAndValidateReport(mission);
    const beforeDb = await wholeDatabase();
    const secrets = [MARIE.email, MARIE.name, MARIE.slackUserId, MARIE.teamsUserId, MARIE.aadObjectId];
    const conversation = [MARIE.conversationId, MARIE.activityId];
    expect(traces(beforeDb, [...secrets, ...conversation, AWA.email, AWA.name])).toHaveLength(9);

    expect(await cli("fr", "person", "erase", MARIE.email, "--yes")).toBe(0);
    const [line] = out;
    expect(line).toMatch(
      /^marie\.durand@lyon\.fr est effacé·e : son profil s’appelle désormais « Personne effacée [0-9A-Z]{4} »/,
    );
    expect(await cli("fr", "person", "erase", AWA.email, "--yes")).toBe(0);

    expect(await cli("fr", "person", "export", MARIE.email)).toBe(1);
    expect(await cli("fr", "person", "export", mission.personId)).toBe(0);
    const exported = out.join("\n");
    const data = JSON.parse(exported);
    expect(traces(exported, [...secrets, ...conversation])).toEqual([]);
    expect(data.person).toMatchObject({ name: expect.stringMatching(/^Personne effacée /), function: null });
    expect(data.person.erasedAt).not.toBeNull();
    expect(data.platformLinks).toEqual({ slack: null, teams: null });
    expect(data.roles).toEqual([]);
    // The programme's records stay, under the pseudonym: the mission, the report, the audit of the erasure.
    expect(data.missions.asMissionary).toMatchObject([{ reference: mission.reference }]);
    expect(data.reports).toMatchObject([{ status: "validated" }]);
    expect(data.audit.about.map((e: { action: string }) => e.action)).toContain("person_erased");
    expect(data.notifications.every((n: { status: string }) => n.status === "sent")).toBe(true);

    expect(traces(await wholeDatabase(), [...secrets, ...conversation, AWA.email, AWA.name])).toEqual([]);
    const embassy = await kit.db.embassyDecision.findFirstOrThrow({ where: { missionId: mission.missionId } });
    expect(embassy.decision).toBe("validated");

    expect(await cli("fr", "person", "erase", mission.personId, "--yes")).toBe(0);
    expect(out[0]).toMatch(/était déjà effacé·e/);
  });
});
