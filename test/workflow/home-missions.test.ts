import { ACTIVE_MISSION_STATES, MISSION_STATES } from "../../src/domain/mission";
import { homeView, ROWS_PER_STATE } from "../../src/slack/home/home-view";
import { dashboard, homeMissionsFor, missionsFor } from "../../src/workflow";
import { copyMission } from "../support/mission-copies";
import { createKit, type Kit, labelledBody, openedMission } from "../support/workflow-kit";

describe("the App Home's missions", () => {
  let kit: Kit;

  beforeEach(async () => {
    kit = await createKit();
  });

  afterEach(async () => {
    await kit.close();
  });

  it("draw DAECT's Home as the 200 first open files did, reading only the first of each state", async () => {
    const { labelId } = await labelledBody(kit);
    const copies = await copyMission(kit, await openedMission(kit, labelId), 150);
    // Every state, several times over, on start dates in no particular order.
    for (const [i, id] of copies.entries()) {
      const day = String(1 + ((i * 7) % 28)).padStart(2, "0");
      const status = MISSION_STATES[i % MISSION_STATES.length] as string;
      await kit.db.mission.update({ where: { id }, data: { status, startDate: `2026-05-${day}` } });
    }
    const daect = await kit.db.person.findUniqueOrThrow({ where: { id: kit.daect.personId ?? "" } });
    const who = {
      personId: daect.id,
      name: daect.name,
      locale: "fr" as const,
      roles: [{ role: "daect" as const, scope: "" }],
    };
    const model = {
      who,
      today: "2026-03-02",
      dashboard: await dashboard(kit.ctx, kit.daect),
      labels: [],
      ownApplications: [],
      bodyMissions: [],
      myMissions: [],
    };
    const read = await homeMissionsFor(kit.ctx, kit.daect, ROWS_PER_STATE);
    // Of each state no more than the Home's lists show of it, and none of a state no list shows.
    const counts = new Map<string, number>();
    for (const m of read.all) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
    for (const state of ACTIVE_MISSION_STATES) {
      expect([state, counts.get(state) ?? 0]).toEqual([state, ROWS_PER_STATE[state] ?? 0]);
    }
    const full = await missionsFor(kit.ctx, kit.daect);
    expect(homeView({ ...model, allMissions: read.all })).toEqual(homeView({ ...model, allMissions: full.all }));
  });
});
