import pino from "pino";
import { runCli } from "../../src/cli/program";
import { createIncidentReporter } from "../../src/errors/unexpected";
import { PERSONAL_DATA_HOLDERS } from "../../src/personal-data";
import { capitalisedMissions } from "../support/capitalisation-scenario";
import { createKit, type Kit } from "../support/workflow-kit";

let kit: Kit;
let out: string[];
let err: string[];
let files: Map<string, string>;

beforeAll(async () => {
  kit = await createKit();
  await capitalisedMissions(kit);
});
afterAll(() => kit.close());
beforeEach(() => {
  out = [];
  err = [];
  files = new Map();
});

function cli(...argv: string[]) {
  return runCli(argv, {
    ctx: kit.ctx,
    locale: "fr",
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
      readFile: () => {
        throw new Error("no file is read");
      },
      writeFile: (p, c) => files.set(p, c),
    },
  });
}

describe("npm run admin -- stats", () => {
  it("prints the counts per year as an aligned table, with a total", async () => {
    expect(await cli("stats")).toBe(0);
    expect(out).toEqual([
      "year   missions done  reports late  reimb. asked  reimb. paid  complementary action  long-term cooperation",
      "-----  -------------  ------------  ------------  -----------  --------------------  ---------------------",
      "2026               2             1             1            1                     1                      1",
      "2027               1             1             0            0                     0                      1",
      "total              3             2             1            1                     1                      2",
    ]);
  });

  it("counts per country or body, as CSV on standard output or in a spreadsheet file", async () => {
    expect(await cli("stats", "--by", "country", "--csv")).toBe(0);
    expect(out).toEqual([
      [
        "country,missionsDone,reportsLate,reimbursementsAsked,reimbursementsSettled,complementaryAction,longTermCooperation",
        "MA,1,1,1,1,0,0",
        "SN,2,1,0,0,1,2",
      ].join("\r\n"),
    ]);
    expect(await cli("stats", "--by", "body", "--out", "bodies.csv")).toBe(0);
    expect(out.pop()).toBe("2 rows written to bodies.csv");
    expect(files.get("bodies.csv")).toBe(
      "\uFEFFbody,missionsDone,reportsLate,reimbursementsAsked,reimbursementsSettled,complementaryAction,longTermCooperation\r\n" +
        "Ville de Brest,1,1,0,0,0,1\r\nVille de Lyon,2,1,1,1,1,1\r\n",
    );
  });

  it("says which groupings there are, and refuses what it does not take", async () => {
    expect(await cli("stats", "--by", "month")).toBe(2);
    expect(err.join("\n")).toContain("Choisissez l’un de ces regroupements : year, country, body.");
    expect(err.join("\n")).toContain("npm run admin -- stats [--by year|country|body] [--csv] [--out file.csv]");
    expect(await cli("stats", "--pie")).toBe(2);
    expect(err.join("\n")).toContain("Argument inconnu : --pie.");
  });
});
