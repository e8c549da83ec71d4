import { advanceMissions, confirmMission, decideAsEmbassy } from "../../src/workflow";
import globalSetup from "../../test/support/global-setup";
import { createKit, type Kit, labelledBody, openedMission } from "../../test/support/workflow-kit";

const DAY = 86_400_000;

/** The bench's database, filled through the workflow verbs as people would fill it. */
export interface Seeded {
  kit: Kit;
  organisationId: string;
  /** A mission back from Senegal whose report the missionary (Marie Durand) may write now. */
  reportMissionId: string;
  /** Missions awaiting the embassy of Senegal's decision, in the order they were opened. */
  awaiting: string[];
  /** Opens missions until DAECT's list holds `total`. */
  growTo(total: number): Promise<void>;
}

const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

/**
 * DAECT, the committee and the embassies of createKit; Ville de Lyon labelled, with its focal point; one mission
 * gone and back (dated around today, since the server runs on the real clock); `missions` missions in all.
 */
export async function seed(missions: number): Promise<Seeded> {
  globalSetup();
  const kit = await createKit(new Date(Date.now() - 30 * DAY).toISOString());
  const body = await labelledBody(kit);
  const reportMissionId = await openedMission(kit, body.labelId, {
    legs: [{ kind: "outbound", startDate: day(-20), endDate: day(-16), peopleCount: 2 }],
  });
  await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId: reportMissionId, decision: "validate" });
  await confirmMission(kit.ctx, body.focal, { missionId: reportMissionId });
  kit.clock.set(`${day(-20)}T08:00:00Z`);
  await advanceMissions(kit.ctx);
  kit.clock.set(`${day(-15)}T08:00:00Z`);
  await advanceMissions(kit.ctx);
  const { status } = await kit.db.mission.findUniqueOrThrow({ where: { id: reportMissionId } });
  if (status !== "report_due") throw new Error(`the report mission is ${status}, not report_due`);
  kit.clock.set(new Date());

  const awaiting: string[] = [];
  const seeded: Seeded = {
    kit,
    organisationId: body.organisationId,
    reportMissionId,
    awaiting,
    async growTo(total) {
      for (let i = (await kit.db.mission.count()) + 1; i <= total; i++) {
        awaiting.push(
          await openedMission(kit, body.labelId, {
            foreignPartner: `Ville partenaire ${i}`,
            legs: [{ kind: "outbound", startDate: day(30), endDate: day(34), peopleCount: 2 }],
          }),
        );
      }
    },
  };
  await seeded.growTo(missions);
  return seeded;
}
