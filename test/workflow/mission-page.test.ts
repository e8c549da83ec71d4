import { grantRole, type MissionSummary, missionPageFor, missionsFor } from "../../src/workflow";
import { createKit, type Kit, labelledBody, missionaryActor, openedMission } from "../support/workflow-kit";

/** The lists merged as `/expect missions` showed them before it read one page: the reference the page must match. */
async function mergedLists(kit: Kit, actor: Parameters<typeof missionsFor>[1]): Promise<MissionSummary[]> {
  const lists = await missionsFor(kit.ctx, actor);
  const seen = new Set<string>();
  return [...lists.mine, ...lists.ofMyBodies, ...lists.ofMyCountries, ...lists.all].filter(
    (m) => !seen.has(m.id) && Boolean(seen.add(m.id)),
  );
}

describe("a page of the missions a person sees", () => {
  let kit: Kit;

  beforeEach(async () => {
    kit = await createKit();
  });

  afterEach(async () => {
    await kit.close();
  });

  it("begins as the merged lists do and counts them all, for a person seeing files in several capacities", async () => {
    const lyon = await labelledBody(kit);
    const brest = await labelledBody(kit, "Ville de Brest", "referent@brest.fr");
    // M4: as many people on the leg as missionaries named (Lyon names two, Brest one).
    const leg = (day: number, peopleCount = 2) => [
      {
        kind: "outbound" as const,
        startDate: `2026-05-${String(day).padStart(2, "0")}`,
        endDate: `2026-05-${String(day + 2).padStart(2, "0")}`,
        peopleCount,
      },
    ];
    const other = [{ email: "paul.autre@brest.fr", name: "Paul Autre" }];
    for (const day of [20, 3, 11]) await openedMission(kit, lyon.labelId, { legs: leg(day) });
    // The same start date: the order among them is by id.
    await openedMission(kit, lyon.labelId, { legs: leg(3), foreignPartner: "Ville de Thiès" });
    for (const day of [1, 15]) await openedMission(kit, brest.labelId, { legs: leg(day, 1), missionaries: other });
    for (const day of [2, 9]) {
      await openedMission(kit, brest.labelId, { legs: leg(day, 1), countryCode: "MA", missionaries: other });
    }
    // Marie: missionary of Lyon's missions, focal point of Brest, embassy staff for Morocco.
    const marie = await missionaryActor(kit);
    const email = "marie.durand@lyon.fr";
    await grantRole(kit.ctx, kit.daect, { email, role: "focal_point", scope: brest.organisationId });
    await grantRole(kit.ctx, kit.daect, { email, role: "embassy", scope: "MA" });

    const merged = await mergedLists(kit, marie);
    expect(merged).toHaveLength(8);
    for (const size of [1, 3, 5, 8, 20]) {
      const page = await missionPageFor(kit.ctx, marie, size);
      expect(page.total).toBe(8);
      expect(page.missions).toEqual(merged.slice(0, size));
    }
    const daect = await missionPageFor(kit.ctx, kit.daect, 4);
    expect(daect.missions).toEqual((await mergedLists(kit, kit.daect)).slice(0, 4));
    expect(daect.total).toBe(8);
  });
});
