import type { z } from "zod";
import type { Db } from "../../src/db/client";
import { DomainError } from "../../src/domain/errors";
import {
  type ApplicationInput,
  addEmbassy,
  advanceMissions,
  bootstrapAdmins,
  confirmMission,
  decideApplication,
  decideAsEmbassy,
  declareCommitteeTies,
  grantRole,
  HISTORY_COLUMNS,
  importLabelHistory,
  openMission,
  submitApplication,
} from "../../src/workflow";
import type { Actor, PersonActor, WorkflowContext } from "../../src/workflow/context";
import type { ZMissionInput } from "../../src/workflow/missions/mission-input";
import { operatorActor } from "../../src/workflow/operator";
import { TestClock } from "./clock";
import { freshDb, type QueryLog } from "./db";

export interface Kit {
  ctx: WorkflowContext;
  db: Db;
  url: string;
  /** Every SQL statement sent through `db`, to count the queries of a request. */
  queries: QueryLog;
  clock: TestClock;
  daect: Actor;
  committee: Actor;
  embassySN: Actor;
  embassyMA: Actor;
  close(): Promise<void>;
}

export const as = (personId: string, platform: PersonActor["platform"] = "slack"): PersonActor => ({
  personId,
  platform,
});

async function idOf(db: Db, email: string): Promise<string> {
  return (await db.person.findUniqueOrThrow({ where: { email } })).id;
}

/** A fresh database with DAECT, a committee member and the embassies of Senegal and Morocco. */
export async function createKit(start = "2026-03-02T09:00:00Z"): Promise<Kit> {
  const { db, url, queries } = await freshDb();
  const clock = new TestClock(start);
  const ctx: WorkflowContext = { db, clock, settings: { labelValidityYears: 3 } };
  await bootstrapAdmins(ctx, operatorActor("system"), ["daect@diplomatie.gouv.fr"]);
  const daect = as(await idOf(db, "daect@diplomatie.gouv.fr"));
  await addEmbassy(ctx, daect, { countryCode: "SN", name: "Ambassade de France au Sénégal" });
  await addEmbassy(ctx, daect, { countryCode: "MA", name: "Ambassade de France au Maroc" });
  await grantRole(ctx, daect, { email: "comite@diplomatie.gouv.fr", role: "committee", name: "Claire Comité" });
  await grantRole(ctx, daect, { email: "consul@sn.ambafrance.org", role: "embassy", scope: "SN", name: "Awa Ndiaye" });
  await grantRole(ctx, daect, { email: "second@sn.ambafrance.org", role: "embassy", scope: "SN", name: "Paul Sarr" });
  await grantRole(ctx, daect, { email: "consul@ma.ambafrance.org", role: "embassy", scope: "MA", name: "Karim Alami" });
  const committee = as(await idOf(db, "comite@diplomatie.gouv.fr"));
  // The kit's committee member has declared no tie, as every member must before judging an application.
  await declareCommitteeTies(ctx, committee, { none: true });
  return {
    ctx,
    db,
    url,
    queries,
    clock,
    daect,
    committee,
    embassySN: as(await idOf(db, "consul@sn.ambafrance.org"), "teams"),
    embassyMA: as(await idOf(db, "consul@ma.ambafrance.org"), "teams"),
    close: () => db.$disconnect(),
  };
}

export async function createPerson(kit: Kit, email: string, name: string): Promise<Actor> {
  const person = await kit.db.person.create({ data: { email, name } });
  return as(person.id);
}

export function applicationInput(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    organisationName: "Ville de Lyon",
    organisationKind: "collectivite",
    basis: "own_territory",
    competenceScope: "precise",
    competences: "Tri sélectif et valorisation des déchets ménagers",
    themes: ["waste"],
    experts: [
      {
        name: "Marie Durand",
        email: "marie.durand@lyon.fr",
        function: "Directrice propreté",
        qualifications: "Ingénieure, 15 ans de gestion des déchets",
        category: "agent",
      },
    ],
    commitmentAccepted: true,
    ...overrides,
  };
}

/** A labelled body with its focal point: application submitted and approved. */
export async function labelledBody(kit: Kit, name = "Ville de Lyon", email = "referent@lyon.fr") {
  const focal = await createPerson(kit, email, `Référent ${name}`);
  const { value } = await submitApplication(kit.ctx, focal, applicationInput({ organisationName: name }));
  const decision = await decideApplication(kit.ctx, kit.committee, {
    applicationId: value.applicationId,
    decision: "approve",
  });
  return {
    focal,
    organisationId: value.organisationId,
    labelId: decision.value.labelId as string,
    applicationId: value.applicationId,
  };
}

/**
 * A body known only from the PACT history, as `import-labels` leaves it: a label and no focal point. By default a
 * PACT 3 label still valid (so DAECT may send it on missions); pass an end in the past for an expired one.
 */
export async function importedBody(kit: Kit, name = "Ville de Nantes", validUntil = "2027-12-31") {
  const values: Record<(typeof HISTORY_COLUMNS)[number], string> = {
    organisation: name,
    kind: "collectivite",
    programme: "pact3",
    number: "PACT3-2018-012",
    themes: "waste",
    competences: "Collecte et tri des déchets",
    valid_from: "2018-01-01",
    valid_until: validUntil,
  };
  await importLabelHistory(kit.ctx, kit.daect, HISTORY_COLUMNS, [{ line: 2, values }]);
  const label = await kit.db.label.findUniqueOrThrow({ where: { number: values.number } });
  return { organisationId: label.organisationId, labelId: label.id, number: label.number };
}

export function missionInput(
  labelId: string,
  overrides: Partial<z.input<typeof ZMissionInput>> = {},
): z.input<typeof ZMissionInput> {
  return {
    labelId,
    countryCode: "SN",
    foreignPartner: "Ville de Saint-Louis",
    nature: "expertise_request",
    legs: [{ kind: "outbound", startDate: "2026-04-06", endDate: "2026-04-10", peopleCount: 2 }],
    missionaries: [{ email: "marie.durand@lyon.fr", name: "Marie Durand" }, { email: "jean.martin@lyon.fr" }],
    expectedResult: "Plan de collecte sélective pour deux quartiers",
    transportCostEuros: 1850,
    stayCostBearer: "Ville de Saint-Louis",
    ...overrides,
  };
}

export async function openedMission(kit: Kit, labelId: string, overrides: Partial<z.input<typeof ZMissionInput>> = {}) {
  const { value } = await openMission(kit.ctx, kit.daect, missionInput(labelId, overrides));
  return value.missionId;
}

export async function missionaryActor(kit: Kit, email = "marie.durand@lyon.fr"): Promise<Actor> {
  return as(await idOf(kit.db, email));
}

export async function outboxKinds(db: Db): Promise<string[]> {
  return (await db.outbox.findMany({ orderBy: { createdAt: "asc" } })).map(
    (r) => `${r.kind}@${r.channel ?? r.recipientId}`,
  );
}

/** The code of the DomainError a call fails with, or "no error"; anything else is rethrown. */
export function codeOf(call: Promise<unknown>): Promise<string> {
  return call.then(
    () => "no error",
    (error) => (error instanceof DomainError ? error.code : Promise.reject(error)),
  );
}

/**
 * A mission to Senegal for the label, validated, confirmed by `confirmer` (the body's focal point, or DAECT for a
 * body without one), gone and back on Friday 10 April 2026: report due on 10 June.
 */
export async function returnedMissionOf(kit: Kit, labelId: string, confirmer: Actor) {
  const missionId = await openedMission(kit, labelId);
  await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate" });
  await confirmMission(kit.ctx, confirmer, { missionId });
  kit.clock.set("2026-04-06T08:00:00Z");
  await advanceMissions(kit.ctx);
  kit.clock.set("2026-04-11T08:00:00Z");
  await advanceMissions(kit.ctx);
  const reference = (await kit.db.mission.findUniqueOrThrow({ where: { id: missionId } })).reference;
  return { missionId, reference, missionary: await missionaryActor(kit) };
}

/** Lyon's mission to Senegal, returned on Friday 10 April 2026 (see returnedMissionOf). */
export async function returnedMission(kit: Kit) {
  const body = await labelledBody(kit);
  return { ...body, ...(await returnedMissionOf(kit, body.labelId, body.focal)) };
}
