import { DateTime } from "luxon";
import type { z } from "zod";
import type { Db } from "../../src/db/client";
import { PARIS } from "../../src/domain/time";
import { linkTeamsAccount } from "../../src/teams/store/teams-accounts";
import {
  type Actor,
  addEmbassy,
  advanceMissions,
  type Clock,
  confirmMission,
  decideApplication,
  decideAsEmbassy,
  declareCommitteeTies,
  grantRole,
  openMission,
  recordChannelLinked,
  savePersonProfile,
  submitApplication,
  type WorkflowContext,
  type ZMissionInput,
} from "../../src/workflow";
import { operatorActor } from "../../src/workflow/operator";
import { missionDetailsFor } from "../../src/workflow/queries/mission-details";

/** The Playground's mock users (its default configuration): who the demo is played by. */
export const PLAYGROUND_USER = { id: "user-id-0", name: "Alex Wilber", email: "alexw@example.com" } as const;
const PLAYGROUND_SECOND_USER = { id: "user-id-1", name: "Megan Bowen", email: "meganb@example.com" } as const;

export interface DemoProgramme {
  /** The mission that waits for the embassy of Senegal, that is for the Playground's user. */
  awaitingMissionId: string;
  awaitingReference: string;
  /** Back from Senegal, its report due within the next weeks. */
  returnedMissionId: string;
  returnedReference: string;
  reportDeadline: string;
}

const OPERATOR = operatorActor("cli");

/** A clock the seeding moves along, so a mission can be opened, travelled and returned in the past. */
function movableClock(start: Date): Clock & { at(date: Date): void } {
  let now = start;
  return {
    now: () => now,
    at(date) {
      now = date;
    },
  };
}

const parisDay = (instant: DateTime, days: number) => instant.setZone(PARIS).plus({ days }).toISODate() ?? "";

function mission(labelId: string, partner: string, start: string, end: string): z.input<typeof ZMissionInput> {
  return {
    labelId,
    countryCode: "SN",
    foreignPartner: partner,
    nature: "expertise_request",
    legs: [{ kind: "outbound", startDate: start, endDate: end, peopleCount: 2 }],
    missionaries: [
      { email: "adelev@example.com", name: "Adele Vance" },
      { email: "lynner@example.com", name: "Lynne Robbins" },
    ],
    expectedResult: "A selective waste collection plan for two districts",
    transportCostEuros: 1850,
    stayCostBearer: partner,
  };
}

/**
 * A small programme, made through the workflow verbs as DAECT, the committee, the embassy and the body
 * would make it: the embassy of Senegal, whose staff is the Playground's user; a labelled body whose focal
 * point is the Playground's second user; a mission to Senegal back since a month, its report due; and a
 * mission that waits for the embassy's validation.
 */
export async function seedDemoProgramme(db: Db, now: Date = new Date()): Promise<DemoProgramme> {
  const today = DateTime.fromJSDate(now);
  const start = today.minus({ days: 45 });
  const clock = movableClock(start.toJSDate());
  const ctx: WorkflowContext = { db, clock, settings: { labelValidityYears: 3 } };

  const daect = await grantRole(ctx, OPERATOR, { email: "daect@example.org", role: "daect", name: "DAECT" });
  const asDaect: Actor = { personId: daect.value.personId, platform: "slack" };
  const committee = await grantRole(ctx, asDaect, {
    email: "committee@example.org",
    role: "committee",
    name: "Selection committee",
  });
  await addEmbassy(ctx, asDaect, { countryCode: "SN", name: "Ambassade de France au Sénégal" });
  const embassy = await grantRole(ctx, asDaect, {
    email: PLAYGROUND_USER.email,
    role: "embassy",
    scope: "SN",
    name: PLAYGROUND_USER.name,
  });
  const asEmbassy: Actor = { personId: embassy.value.personId, platform: "teams" };

  // As if the focal point had written to the bot from the Playground once: the body's applicant.
  const focal = await savePersonProfile(ctx, {
    email: PLAYGROUND_SECOND_USER.email,
    name: PLAYGROUND_SECOND_USER.name,
    locale: "en-US",
  });
  await linkTeamsAccount(ctx, { personId: focal.personId, teamsUserId: PLAYGROUND_SECOND_USER.id });
  const asFocal: Actor = { personId: focal.personId, platform: "teams" };
  await recordChannelLinked(ctx, asFocal, "teams");
  const application = await submitApplication(ctx, asFocal, {
    organisationName: "Ville de Lyon",
    organisationKind: "collectivite",
    basis: "own_territory",
    competenceScope: "precise",
    competences: "Selective sorting and recovery of household waste",
    themes: ["waste"],
    experts: [
      {
        name: "Adele Vance",
        email: "adelev@example.com",
        function: "Head of waste services",
        qualifications: "Engineer, 15 years of waste management",
        category: "agent",
      },
    ],
    commitmentAccepted: true,
  });
  const asCommittee: Actor = { personId: committee.value.personId, platform: "slack" };
  // A member judges only once they have declared their ties (issue 12): the demo's member has none.
  await declareCommitteeTies(ctx, asCommittee, { none: true });
  const { value: label } = await decideApplication(ctx, asCommittee, {
    applicationId: application.value.applicationId,
    decision: "approve",
  });
  const labelId = label.labelId as string;

  const returned = await openMission(
    ctx,
    asDaect,
    mission(labelId, "Ville de Saint-Louis", parisDay(start, 7), parisDay(start, 11)),
  );
  const returnedMissionId = returned.value.missionId;
  await decideAsEmbassy(ctx, asEmbassy, { missionId: returnedMissionId, decision: "validate" });
  await confirmMission(ctx, asFocal, { missionId: returnedMissionId });
  clock.at(start.plus({ days: 8 }).toJSDate());
  await advanceMissions(ctx);
  clock.at(start.plus({ days: 13 }).toJSDate());
  await advanceMissions(ctx);

  clock.at(now);
  const awaiting = await openMission(
    ctx,
    asDaect,
    mission(labelId, "Ville de Ziguinchor", parisDay(today, 21), parisDay(today, 25)),
  );
  const { mission: back } = await missionDetailsFor(ctx, asDaect, returnedMissionId);
  return {
    awaitingMissionId: awaiting.value.missionId,
    awaitingReference: awaiting.value.reference,
    returnedMissionId,
    returnedReference: returned.value.reference,
    reportDeadline: back.reportDeadline ?? "",
  };
}
