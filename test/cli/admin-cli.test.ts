import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { runCli } from "../../src/cli/program";
import { createIncidentReporter } from "../../src/errors/unexpected";
import { PERSONAL_DATA_HOLDERS } from "../../src/personal-data";
import { createKit, type Kit, labelledBody } from "../support/workflow-kit";

let kit: Kit;
let out: string[];
let err: string[];
let files: Map<string, string>;

beforeEach(async () => {
  kit = await createKit();
  out = [];
  err = [];
  files = new Map();
});
afterEach(() => kit.close());

function cli(...argv: string[]) {
  return cliIn("fr", ...argv);
}

function cliIn(locale: "fr" | "en", ...argv: string[]) {
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
      readFile: (p) => {
        const content = files.get(p);
        if (content === undefined) throw new Error(`ENOENT ${p}`);
        return content;
      },
      writeFile: (p, c) => files.set(p, c),
    },
  });
}

const HEADER = "organisation,kind,programme,number,themes,competences,valid_from,valid_until";

describe("admin CLI", () => {
  it("grants and revokes roles by e-mail, idempotently", async () => {
    expect(await cli("grant", "Agent@Quai-Orsay.fr", "daect", "--name", "Agnès Quai")).toBe(0);
    expect(out.pop()).toBe("granted daect to agent@quai-orsay.fr");
    expect(await cli("grant", "agent@quai-orsay.fr", "daect")).toBe(0);
    expect(out.pop()).toMatch(/already has/);
    expect(await cli("grant", "x@sn.fr", "embassy", "BR")).toBe(1);
    expect(err.pop()).toBe(
      "Aucune ambassade n’est enregistrée au Brésil : choisissez un autre pays, ou demandez à l’équipe DAECT de l’ajouter.",
    );
    expect(await cli("revoke", "agent@quai-orsay.fr", "daect")).toBe(0);
    expect(out.pop()).toBe("revoked daect from agent@quai-orsay.fr");
  });

  it("chooses where a person on both platforms hears from the bot", async () => {
    expect(await cli("grant", "ana@lyon.fr", "daect")).toBe(0);
    expect(await cli("prefer", "Ana@Lyon.fr", "teams")).toBe(0);
    expect(out.pop()).toBe("ana@lyon.fr now hears on teams");
    expect(await kit.db.person.findUniqueOrThrow({ where: { email: "ana@lyon.fr" } })).toMatchObject({
      preferredChannel: "teams",
    });
    expect(await cli("prefer", "ana@lyon.fr", "teams")).toBe(0);
    expect(out.pop()).toMatch(/already hears on teams/);
    expect(await cli("prefer", "ana@lyon.fr", "fax")).toBe(2);
    expect(err.join("\n")).toContain("slack, teams, none");
    expect(await cli("prefer", "ana@lyon.fr", "none")).toBe(0);
    expect(await kit.db.person.findUniqueOrThrow({ where: { email: "ana@lyon.fr" } })).toMatchObject({
      preferredChannel: null,
    });
  });

  it("answers an unexpected error with a reference and a sentence, never a stack trace", async () => {
    await kit.db.$executeRawUnsafe('ALTER TABLE "AuditEvent" RENAME TO "AuditEventGone"');
    expect(await cli("embassy", "add", "tn", "Ambassade", "de", "France", "en", "Tunisie")).toBe(1);
    const said = err.join("\n");
    expect(said).toMatch(/^Une erreur inattendue s’est produite \(réf\. \w{4}-\w{4}\)\..*DEBUG=1/);
    expect(said).not.toMatch(/prévenue|prisma|AuditEvent|\bat \S+:\d+/i);
  });

  it("names a stand-in for an absent validator as DAECT, refuses a range in the past, and ends it", async () => {
    const args = ["delegation", "add", "consul@sn.ambafrance.org", "consul@ma.ambafrance.org"];
    expect(await cli(...args, "2026-03-02", "2026-03-20")).toBe(0);
    expect(out.at(-1)).toBe(
      "consul@ma.ambafrance.org stands in for consul@sn.ambafrance.org from 2026-03-02 to 2026-03-20",
    );
    expect(await cli(...args, "2026-03-01", "2026-03-20")).toBe(1);
    expect(err.join("\n")).toContain("2026");
    expect(await cli(...args, "2026-03-02")).toBe(2);
    expect(await cli("delegation", "end", "consul@sn.ambafrance.org")).toBe(0);
    expect(out.at(-1)).toBe("1 delegation(s) of consul@sn.ambafrance.org ended");
    const [row] = await kit.db.delegation.findMany();
    expect(row).toMatchObject({ createdById: null, revokedById: null, role: "embassy", scope: "SN" });
    expect(row?.revokedAt).not.toBeNull();
  });

  it("adds embassies and lists them", async () => {
    expect(await cli("embassy", "add", "tn", "Ambassade", "de", "France", "en", "Tunisie")).toBe(0);
    await cli("embassy", "list");
    expect(out).toContain("TN\tAmbassade de France en Tunisie");
  });

  it("imports the PACT history from CSV (semicolons too) and marks past labels expired", async () => {
    files.set(
      "pact.csv",
      [
        HEADER.replaceAll(",", ";"),
        'Ville de Grenoble;collectivite;pact3;PACT3-2017-004;water|climate;"Gestion de l\'eau; régie publique";2017-06-01;2020-12-31',
        "Cités Unies France;association;pact2;PACT2-2011-001;governance;Coopération décentralisée;2011-03-01;2020-12-31",
      ].join("\r\n"),
    );
    expect(await cli("import-labels", "pact.csv")).toBe(0);
    expect(out.pop()).toBe("2 labels imported");
    const labels = await kit.db.label.findMany({ orderBy: { number: "asc" } });
    expect(labels.map((l) => [l.number, l.status, l.source])).toEqual([
      ["PACT2-2011-001", "expired", "pact2"],
      ["PACT3-2017-004", "expired", "pact3"],
    ]);
    expect(labels[1]?.competences).toBe("Gestion de l'eau; régie publique");
  });

  it("rejects a bad CSV with every problem's line number and imports nothing", async () => {
    files.set(
      "bad.csv",
      [
        HEADER,
        "Ville A,collectivite,pact3,N-1,water,Eau,2017-06-01,2020-12-31",
        "Ville B,commune,pact3,N-2,water,Eau,2017-06-01,2020-12-31",
        "Ville C,collectivite,pact4,N-3,bananas,Eau,2017-13-01,2020-12-31",
        "Ville D,collectivite,pact3,N-1,water,Eau,2017-06-01,2020-12-31",
      ].join("\n"),
    );
    expect(await cli("import-labels", "bad.csv")).toBe(1);
    const message = err.join("\n");
    expect(message).not.toMatch(/Entrée invalide|reçu/i);
    expect(message).toMatch(/ligne 3, colonne « kind » : valeur attendue parmi : collectivite/);
    expect(message).toMatch(/ligne 4, colonne « programme »/);
    expect(message).toMatch(/ligne 4, colonne « themes »/);
    expect(message).toMatch(/ligne 4, colonne « valid_from » : date attendue au format AAAA-MM-JJ/);
    expect(message).toMatch(/ligne 5, colonne « number » : ce numéro figure deux fois dans le fichier/);
    expect(await kit.db.label.count()).toBe(0);
    expect(await kit.db.organisation.count()).toBe(0);
  });

  it("says which file it cannot read, in the operator's words", async () => {
    expect(await cli("import-labels", "absent.csv")).toBe(1);
    expect(err.pop()).toBe("Impossible de lire le fichier « absent.csv » : vérifiez son chemin et ses droits.");
  });

  it("refuses a CSV without the expected columns", async () => {
    files.set("cols.csv", "organisation,number\nA,1\n");
    expect(await cli("import-labels", "cols.csv")).toBe(1);
    expect(err.pop()).toMatch(/il manque les colonnes kind, programme/);
  });

  it("exports labels and missions as CSV and prints a mission's timeline", async () => {
    await labelledBody(kit);
    expect(await cli("export", "labels", "--out", "labels.csv")).toBe(0);
    // The byte-order mark makes Excel read the file as UTF-8 (accented names), as the Slack export does.
    expect(files.get("labels.csv")).toMatch(/^\uFEFFnumber,organisation,kind,source,status/);
    expect(files.get("labels.csv")).toMatch(/EXPE-CT-2026-0001,Ville de Lyon,collectivite,expect,active,waste/);
    const { openedMission } = await import("../support/workflow-kit");
    await openedMission(kit, (await kit.db.label.findFirstOrThrow()).id);
    expect(await cli("timeline", "M-2026-0001")).toBe(0);
    expect(out.join("\n")).toMatch(/M-2026-0001 — en attente de l’ambassade/);
    expect(out.join("\n")).toMatch(/mission\.open → awaiting_embassy/);
  });

  it("explains usage errors and unknown commands", async () => {
    expect(await cli("grant")).toBe(2);
    expect(err.pop()).toMatch(/^Indiquez l’adresse e-mail puis le rôle\.\nUtilisation : npm run admin -- grant/);
    expect(await cliIn("en", "sweep", "--at", "lundi")).toBe(2);
    expect(err.pop()).toMatch(/^--at goes with --dry-run only|^--at needs an ISO date and time.*“lundi”/);
    expect(await cliIn("en", "export", "nothing")).toBe(2);
    expect(err.pop()).toMatch(/^Choose one of these exports: .+\nUsage: npm run admin -- export/);
    expect(await cli("frobnicate")).toBe(2);
    expect(err.pop()).toMatch(/Commande inconnue : frobnicate\./);
    expect(await cli()).toBe(0);
  });
});

describe("admin CLI as a process", () => {
  it("runs against a real database file through npm run admin's entry point", async () => {
    const { execFileSync } = await import("node:child_process");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "expect-cli-"));
    fs.copyFileSync(kit.url.slice("file:".length), path.join(dir, "cli.db"));
    const output = execFileSync(path.resolve("node_modules/.bin/tsx"), ["src/cli/main.ts", "embassy", "list"], {
      env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "cli.db")}` },
      encoding: "utf8",
    });
    expect(output).toMatch(/SN\tAmbassade de France au Sénégal/);
  });
});
