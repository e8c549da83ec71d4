import type { CapitalisationRow } from "../../src/domain/capitalisation";
import { capitalisationStats } from "../../src/workflow";
import { capitalisedMissions } from "../support/capitalisation-scenario";
import { codeOf, createKit, type Kit } from "../support/workflow-kit";

let kit: Kit;
beforeEach(async () => {
  kit = await createKit();
});
afterEach(() => kit.close());

/** A row as [key, done, late, asked, settled, complementary action, longer-term cooperation]. */
const counted = (rows: CapitalisationRow[]) =>
  rows.map((r) => [
    r.key,
    r.missionsDone,
    r.reportsLate,
    r.reimbursementsAsked,
    r.reimbursementsSettled,
    r.complementaryAction,
    r.longTermCooperation,
  ]);

describe("capitalisation counted (issue 13 §4)", () => {
  it("counts the missions done, late reports, reimbursements and yes answers per year, country and body", async () => {
    await capitalisedMissions(kit);
    kit.queries.reset();
    const stats = await capitalisationStats(kit.ctx, kit.daect, ["year", "country", "body"]);
    // DAECT's roles, then every grouping in one statement.
    expect(kit.queries.count).toBe(2);
    expect(counted(stats.year)).toEqual([
      ["2026", 2, 1, 1, 1, 1, 1],
      ["2027", 1, 1, 0, 0, 0, 1],
    ]);
    expect(counted(stats.country)).toEqual([
      ["MA", 1, 1, 1, 1, 0, 0],
      ["SN", 2, 1, 0, 0, 1, 2],
    ]);
    expect(counted(stats.body)).toEqual([
      ["Ville de Brest", 1, 1, 0, 0, 0, 1],
      ["Ville de Lyon", 2, 1, 1, 1, 1, 1],
    ]);
  });

  it("gives only the groupings asked, and nothing before any mission is back", async () => {
    expect(await capitalisationStats(kit.ctx, kit.daect, ["country"])).toEqual({ country: [] });
  });

  it("is DAECT's: a body's focal point or an embassy is refused", async () => {
    const { lyon } = await capitalisedMissions(kit);
    expect(await codeOf(capitalisationStats(kit.ctx, lyon.focal, ["year"]))).toBe("forbidden");
    expect(await codeOf(capitalisationStats(kit.ctx, kit.embassySN, ["country"]))).toBe("forbidden");
  });
});
