/**
 * The PostgreSQL side of `npm run bench` (scripts/bench-sweep.ts): databases named `expect_bench_*` on the server of
 * the given URL, each migrated by scripts/migrate.js, seeded once per table size with a few set-based INSERTs (the
 * row-by-row seeding of the SQLite side would take minutes over the network protocol), then copied per round with
 * `CREATE DATABASE … TEMPLATE`, so each round sweeps a fresh copy as the SQLite side sweeps a fresh file.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { Client } from "pg";
import type { SeedMission } from "./bench-sweep-plan";

export interface SeedPlan {
  people: number;
  bodies: number;
  /** The instant written in every createdAt. */
  now: string;
  missions: SeedMission[];
}

export class PostgresBench {
  private readonly created = new Set<string>();
  private readonly prefix = `expect_bench_${process.pid}_`;

  constructor(private readonly serverUrl: string) {}

  private urlOf(database: string): string {
    const url = new URL(this.serverUrl);
    url.pathname = `/${database}`;
    return url.toString();
  }

  private async admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: this.serverUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  /** A migrated, seeded and analysed database for one table size; its name, to copy with `fresh`. */
  async seed(name: string, plan: SeedPlan): Promise<string> {
    const database = `${this.prefix}seed_${name}`;
    await this.admin((c) => c.query(`CREATE DATABASE "${database}"`));
    this.created.add(database);
    execFileSync(process.execPath, [path.join(__dirname, "migrate.js")], {
      stdio: "ignore",
      env: { ...process.env, DATABASE_URL: this.urlOf(database) },
    });
    const client = new Client({ connectionString: this.urlOf(database) });
    await client.connect();
    try {
      await client.query("BEGIN");
      await insertRows(client, plan);
      await client.query("COMMIT");
      // The copies inherit the statistics and the visibility map: every round plans on the same figures.
      await client.query("VACUUM ANALYZE");
    } finally {
      await client.end();
    }
    return database;
  }

  /** A fresh copy of a seeded database, as a DATABASE_URL. */
  async fresh(seeded: string, round: string): Promise<string> {
    const database = `${this.prefix}run_${round}`;
    await this.admin((c) => c.query(`CREATE DATABASE "${database}" TEMPLATE "${seeded}"`));
    this.created.add(database);
    return this.urlOf(database);
  }

  async drop(database: string): Promise<void> {
    await this.admin((c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    this.created.delete(database);
  }

  async dropUrl(url: string): Promise<void> {
    await this.drop(new URL(url).pathname.slice(1));
  }

  async dropAll(): Promise<void> {
    for (const database of [...this.created]) await this.drop(database);
  }
}

async function insertRows(client: Client, plan: SeedPlan): Promise<void> {
  const now = [plan.now];
  await client.query(
    `INSERT INTO "Person" (id, email, name, locale, "createdAt") VALUES ('daect', 'daect@diplomatie.gouv.fr', 'DAECT', 'fr', $1::timestamp)`,
    now,
  );
  await client.query(
    `INSERT INTO "Person" (id, email, name, locale, "createdAt")
     SELECT 'p' || g, 'p' || g || '@example.fr', 'Personne ' || g, 'fr', $1::timestamp FROM generate_series(0, $2 - 1) g`,
    [plan.now, plan.people],
  );
  await client.query(
    `INSERT INTO "SlackAccount" ("slackUserId", "personId", "linkedAt")
     SELECT 'U' || g, 'p' || g, $1::timestamp FROM generate_series(0, $2 - 1) g`,
    [plan.now, plan.people],
  );
  await client.query(
    `INSERT INTO "Organisation" (id, name, kind, "createdAt")
     SELECT 'o' || g, 'Collectivité ' || g, 'collectivite', $1::timestamp FROM generate_series(0, $2 - 1) g`,
    [plan.now, plan.bodies],
  );
  await client.query(
    `INSERT INTO "Label" (id, number, "organisationId", status, competences, themes, "validFrom", "validUntil", "createdAt")
     SELECT 'l' || g, 'EXPE-CT-2025-' || g, 'o' || g, 'active', 'x', '[]', '2025-01-01T00:00:00Z'::timestamp,
            '2028-01-01T00:00:00Z'::timestamp, $1::timestamp FROM generate_series(0, $2 - 1) g`,
    [plan.now, plan.bodies],
  );
  await client.query(
    `INSERT INTO "RoleAssignment" (id, "personId", role, scope, "organisationId", "createdAt")
     SELECT 'r' || g, 'p' || g, 'focal_point', 'o' || g, 'o' || g, $1::timestamp FROM generate_series(0, $2 - 1) g`,
    [plan.now, plan.bodies],
  );
  const column = <K extends keyof SeedMission>(key: K) => plan.missions.map((m) => m[key] ?? null);
  await client.query(
    `INSERT INTO "Mission" (id, reference, "labelId", "organisationId", "countryCode", "foreignPartner", nature,
       "expectedResult", "transportCostCents", status, "startDate", "endDate", "returnedOn", "reportDeadline",
       "createdById", "createdAt", "updatedAt")
     SELECT 'm' || (n - 1), 'M-' || (n - 1), 'l' || ((n - 1) % $6), 'o' || ((n - 1) % $6), 'SN', 'Partenaire',
            'expertise_request', 'Résultat', 185000, status, start, "end", returned, deadline, 'daect',
            $7::timestamp, $7::timestamp
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
          WITH ORDINALITY AS t(status, start, "end", returned, deadline, n)`,
    [column("status"), column("start"), column("end"), column("returnedOn"), column("deadline"), plan.bodies, plan.now],
  );
  await client.query(
    `INSERT INTO "MissionMissionary" ("missionId", "personId")
     SELECT id, 'p' || ((2 * n + k) % $1) FROM (SELECT id, substr(id, 2)::int AS n FROM "Mission") m, (VALUES (0), (1)) AS v(k)`,
    [plan.people],
  );
  await client.query(
    `INSERT INTO "Report" (id, "missionId", status, "objectAccount", "complementaryAction", "longTermCooperation",
       "submittedById", "submittedAt")
     SELECT 'rep' || n, 'm' || (n - 1), 'submitted', 'Compte rendu', false, false, 'p0', submitted::timestamp
     FROM unnest($1::text[]) WITH ORDINALITY AS t(submitted, n) WHERE submitted IS NOT NULL`,
    [column("reportSubmittedAt")],
  );
}
