import { linkSlackAccount, slackUserIdOf } from "../../src/slack/store/slack-accounts";
import { linkTeamsAccount } from "../../src/teams/store/teams-accounts";
import {
  dashboard,
  declareSolicitation,
  editMission,
  expireLabels,
  findExpertise,
  grantRole,
  missionsFor,
  recordChannelLinked,
  savePersonProfile,
} from "../../src/workflow";
import {
  codeOf,
  createKit,
  createPerson,
  type Kit,
  labelledBody,
  missionaryActor,
  missionInput,
  openedMission,
} from "../support/workflow-kit";

let kit: Kit;
beforeEach(async () => {
  kit = await createKit();
});
afterEach(() => kit.close());

describe("declareSolicitation (M2)", () => {
  it("records a solicitation for the focal point's labelled body and tells DAECT, once", async () => {
    const { focal, organisationId } = await labelledBody(kit);
    const input = {
      fromWhom: "Ville de Sfax",
      countryCode: "tn",
      subject: "Tri des déchets",
      receivedOn: "2026-02-20",
    };
    const first = await declareSolicitation(kit.ctx, focal, input);
    expect((await declareSolicitation(kit.ctx, focal, input)).changed).toBe(false);
    const row = await kit.db.solicitation.findUniqueOrThrow({ where: { id: first.value.solicitationId } });
    expect(row).toMatchObject({ organisationId, countryCode: "TN" });
    expect(await kit.db.outbox.count({ where: { kind: "solicitation_declared", channel: "daect" } })).toBe(1);
  });

  it("needs a labelled body the caller answers for", async () => {
    const stranger = await createPerson(kit, "x@y.fr", "X");
    const { organisationId } = await labelledBody(kit);
    const input = { fromWhom: "A", countryCode: "TN", subject: "B", receivedOn: "2026-02-20" };
    expect(await codeOf(declareSolicitation(kit.ctx, stranger, input))).toBe("invalid_input");
    expect(await codeOf(declareSolicitation(kit.ctx, stranger, { ...input, organisationId }))).toBe("forbidden");
  });
});

describe("expertise directory", () => {
  it("finds active labels by theme and by keyword without accents, bodies experienced in the country first", async () => {
    const lyon = await labelledBody(kit, "Ville de Lyon", "a@lyon.fr");
    await labelledBody(kit, "Métropole de Lille", "b@lille.fr");
    await openedMission(kit, lyon.labelId);
    expect(
      (await findExpertise(kit.ctx, kit.committee, { keyword: "dechets menagers" })).map((h) => h.organisationName),
    ).toEqual(["Métropole de Lille", "Ville de Lyon"]);
    const inSenegal = await findExpertise(kit.ctx, kit.committee, { theme: "waste", countryCode: "SN" });
    expect(inSenegal[0]).toMatchObject({ organisationName: "Ville de Lyon", missionsInCountry: 1 });
    expect(inSenegal[0]?.experts[0]).toMatchObject({ name: "Marie Durand" });
    expect(await findExpertise(kit.ctx, kit.committee, { theme: "health" })).toEqual([]);
  });

  it("leaves out expired labels, which the expiry job marks once", async () => {
    await labelledBody(kit);
    kit.clock.set("2029-03-02T09:00:00Z");
    expect((await expireLabels(kit.ctx)).expired).toHaveLength(1);
    expect((await expireLabels(kit.ctx)).expired).toHaveLength(0);
    expect(await findExpertise(kit.ctx, kit.committee, { theme: "waste" })).toEqual([]);
    expect(await kit.db.outbox.count({ where: { kind: "label_expired" } })).toBe(1);
  });
});

describe("lists and dashboard", () => {
  it("shows each person the files of their capacity", async () => {
    const { focal, labelId } = await labelledBody(kit);
    const missionId = await openedMission(kit, labelId);
    const missionary = await missionaryActor(kit);
    expect((await missionsFor(kit.ctx, missionary)).mine.map((m) => m.id)).toEqual([missionId]);
    expect((await missionsFor(kit.ctx, focal)).ofMyBodies.map((m) => m.id)).toEqual([missionId]);
    expect((await missionsFor(kit.ctx, kit.embassySN)).ofMyCountries.map((m) => m.id)).toEqual([missionId]);
    expect((await missionsFor(kit.ctx, kit.embassyMA)).ofMyCountries).toEqual([]);
    expect((await missionsFor(kit.ctx, kit.daect)).all).toHaveLength(1);
    expect((await missionsFor(kit.ctx, focal)).all).toEqual([]);
    const figures = await dashboard(kit.ctx, kit.daect);
    expect(figures).toMatchObject({
      awaitingEmbassy: 1,
      activeLabels: 1,
      coverageByCountry: [{ countryCode: "SN", missions: 1 }],
      applicationsPending: 0,
      reportsDueSoon: 0,
      deadLetters: 0,
    });
    // Past its end, a label still marked active (the sweep has not run) is not counted.
    kit.clock.set("2030-01-01T09:00:00Z");
    expect((await dashboard(kit.ctx, kit.daect)).activeLabels).toBe(0);
    expect(await codeOf(dashboard(kit.ctx, focal))).toBe("forbidden");
  });

  it("lets only DAECT edit a mission", async () => {
    const { focal, labelId } = await labelledBody(kit);
    const missionId = await openedMission(kit, labelId);
    expect(await codeOf(editMission(kit.ctx, focal, { ...missionInput(labelId), missionId }))).toBe("forbidden");
  });
});

describe("identity and roles", () => {
  it("finds the person with a profile's e-mail and takes locale and time zone from the profile", async () => {
    const { focal } = await labelledBody(kit);
    const linked = await savePersonProfile(kit.ctx, {
      email: "Referent@Lyon.fr",
      name: "Léa Martin",
      locale: "en-GB",
      timeZone: "America/Montreal",
    });
    expect(linked).toMatchObject({ personId: focal.personId, locale: "en", timeZone: "America/Montreal" });
    const again = await savePersonProfile(kit.ctx, { email: "referent@lyon.fr" });
    expect(again.personId).toBe(focal.personId);
  });

  it("links a Slack account once, and records the channel the person now hears on", async () => {
    const { personId } = await savePersonProfile(kit.ctx, { email: "lea@lyon.fr" });
    expect(await linkSlackAccount(kit.ctx, { personId, slackUserId: "U123", slackTeamId: "T1" })).toBe(true);
    expect(await linkSlackAccount(kit.ctx, { personId, slackUserId: "U123" })).toBe(false);
    await recordChannelLinked(kit.ctx, { personId, platform: "slack" }, "slack");
    expect(await slackUserIdOf(kit.ctx, personId)).toBe("U123");
    expect(await kit.db.person.findUniqueOrThrow({ where: { id: personId } })).toMatchObject({
      preferredChannel: "slack",
    });
    expect(await kit.db.auditEvent.count({ where: { action: "link_identity", entityId: personId } })).toBe(1);
  });

  it("creates an unknown person on first contact and moves an account whose e-mail changed", async () => {
    const first = await savePersonProfile(kit.ctx, { email: "old@sn.fr" });
    expect(await linkTeamsAccount(kit.ctx, { personId: first.personId, teamsUserId: "29:abc" })).toBe(true);
    const moved = await savePersonProfile(kit.ctx, { email: "new@sn.fr" });
    expect(await linkTeamsAccount(kit.ctx, { personId: moved.personId, teamsUserId: "29:abc" })).toBe(true);
    expect(moved.personId).not.toBe(first.personId);
    expect(await kit.db.teamsAccount.findMany()).toEqual([
      expect.objectContaining({ teamsUserId: "29:abc", personId: moved.personId }),
    ]);
  });

  it("grants roles only as DAECT, for an embassy that exists", async () => {
    const focal = await createPerson(kit, "f@x.fr", "F");
    expect(await codeOf(grantRole(kit.ctx, focal, { email: "z@z.fr", role: "daect" }))).toBe("forbidden");
    expect(await codeOf(grantRole(kit.ctx, kit.daect, { email: "z@z.fr", role: "embassy", scope: "BR" }))).toBe(
      "not_found",
    );
    expect(await codeOf(grantRole(kit.ctx, kit.daect, { email: "z@z.fr", role: "embassy" }))).toBe("invalid_input");
    // A scope that is no country code is the person's input, not a crash: a field error under the scope.
    const bad = await grantRole(kit.ctx, kit.daect, { email: "z@z.fr", role: "embassy", scope: "S1" }).catch((e) => e);
    expect(bad).toMatchObject({ code: "invalid_input", field: "scope" });
    expect(bad.fieldErrors.scope.fr).toBe("Code pays en deux lettres (SN, MA…).");
    expect(await kit.db.person.count({ where: { email: "z@z.fr" } })).toBe(0);
  });
});
